using DataverseFunnel.InMemory.Pipeline;

namespace DataverseFunnel.WebApi.Http;

/// <summary>
/// The HTTP status the Web API answers an org fault with. The Web API returns the fault's code and message in the
/// error body and a 4xx/5xx status by kind of error
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors#identify-status-codes):
/// a plugin's InvalidPluginExecutionException is 400 with the plugin's message
/// (https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions), a missing row 404, a duplicate
/// key 412, an unsupported message 501, the org's own failures 500.
/// </summary>
internal static class FaultStatus
{
    public static int Of(int errorCode) => errorCode switch
    {
        ErrorCodes.ObjectDoesNotExist => 404,
        ErrorCodes.DuplicateRecord => 412,
        ErrorCodes.MessageNotSupported => 501,
        ErrorCodes.IsvUnExpected or ErrorCodes.UnexpectedError or ErrorCodes.NoActiveTransaction => 500,
        _ => 400,
    };
}
