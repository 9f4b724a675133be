using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Http;
using Microsoft.Playwright;

namespace DataverseFunnel.Browser.Tests.Support;

/// <summary>
/// The 403 a real org answers a caller without read on journeys, routed in the browser because the in-memory org has no
/// privilege model: the platform's privilege fault (PrivilegeDenied 0x80040220, "Principal user is missing privilege …",
/// https://learn.microsoft.com/troubleshoot/power-platform/dataverse/user-permissions/client-errors) in the body the
/// server writes for every fault.
/// </summary>
internal static class PrivilegeDenied
{
    public const string Code = "0x80040220";

    /// <summary>Answers every bowtie_GetBowtieMetrics call of <paramref name="page"/> with the 403; the result counts the calls.</summary>
    public static async Task<Func<int>> Route(IPage page)
    {
        var refusal = new WebApiException(403, unchecked((int)0x80040220),
            "Principal user (Id=00000000-0000-0000-0000-0000000000a1, type=8) is missing prvReadbowtie_journey privilege on OTC=10001 for entity 'bowtie_journey'.");
        var body = Encoding.UTF8.GetString(ApiResponse.Error(refusal).Body.Span);
        var calls = 0;
        await page.RouteAsync(PosterPage.ApiPattern, route =>
        {
            Interlocked.Increment(ref calls);
            return route.FulfillAsync(new RouteFulfillOptions { Status = 403, ContentType = ApiResponse.JsonType, Body = body });
        });
        return () => Volatile.Read(ref calls);
    }
}
