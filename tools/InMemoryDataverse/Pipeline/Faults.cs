using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>Builds the <see cref="FaultException{OrganizationServiceFault}"/> callers receive, as the platform does.</summary>
internal static class Faults
{
    public const string UnexpectedIsvMessage = "An unexpected error occurred from ISV code.";

    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message, string? traceText = null)
    {
        var fault = new OrganizationServiceFault { ErrorCode = errorCode, Message = message, TraceText = traceText };
        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(message));
    }

    public static FaultException<OrganizationServiceFault> RowNotFound(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"{table} With Id = {id} Does Not Exist");

    public static FaultException<OrganizationServiceFault> UnknownTable(string? table) =>
        Create(ErrorCodes.QueryBuilderNoEntity, $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

    /// <summary>
    /// RetrieveEntity for a table the org does not have. The platform raises CrmObjectNotFoundException (ObjectDoesNotExist)
    /// with these words, as observed in MarkMpn/Sql4Cds#620; the "Web service error codes" page names the code.
    /// </summary>
    public static FaultException<OrganizationServiceFault> TableMetadataNotFound(string? table, Guid metadataId) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"Could not find an entity with name {table} and id {metadataId}.");

    public static FaultException<OrganizationServiceFault> UnknownColumn(string table, string column) =>
        Create(ErrorCodes.QueryBuilderNoAttribute, $"'{table}' entity doesn't contain attribute with Name = '{column}'.");

    public static FaultException<OrganizationServiceFault> Invalid(string message) =>
        Create(ErrorCodes.InvalidArgument, message);

    /// <summary>
    /// Maps a plugin's exception: InvalidPluginExecutionException keeps its message and details (IsvAborted); a fault from
    /// a child request passes through unchanged; anything else becomes the generic IsvUnExpected fault.
    /// </summary>
    public static FaultException<OrganizationServiceFault> FromPluginException(Exception exception, string traceText)
    {
        switch (exception)
        {
            case FaultException<OrganizationServiceFault> fault:
                return fault;
            case InvalidPluginExecutionException aborted:
                var abortedFault = Create(ErrorCodes.IsvAborted, aborted.Message, traceText);
                foreach (var detail in aborted.ExceptionDetails) abortedFault.Detail.ErrorDetails[detail.Key] = detail.Value;
                return abortedFault;
            default:
                return Create(ErrorCodes.IsvUnExpected, UnexpectedIsvMessage, traceText + Environment.NewLine + exception);
        }
    }
}
