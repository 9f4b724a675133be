using System.ServiceModel;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// ExecuteMultiple (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests):
/// each request runs in order in its own transaction, as if sent alone; ContinueOnError and ReturnResponses shape the
/// Responses; a nested ExecuteMultiple faults its own item; more than <see cref="MaxBatchSize"/> requests fault the
/// whole call before any runs, with MaxBatchSize in the fault's ErrorDetails.
/// </summary>
internal sealed class ExecuteMultipleHandler : IMessageHandler
{
    /// <summary>The documented typical limit of requests in one batch.</summary>
    public const int MaxBatchSize = 1000;

    public string MessageName => "ExecuteMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var requests = MessageContext.Required<OrganizationRequestCollection>(request, "Requests");
        var settings = MessageContext.Required<ExecuteMultipleSettings>(request, "Settings");
        if (requests.Count > MaxBatchSize)
        {
            var fault = Faults.Create(ErrorCodes.ExecuteMultipleBatchSizeExceeded,
                $"The number of requests ({requests.Count}) exceeds the maximum batch size of {MaxBatchSize}: split them into several ExecuteMultiple requests.");
            fault.Detail.ErrorDetails["MaxBatchSize"] = MaxBatchSize;
            throw fault;
        }

        var responses = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var index = 0; index < requests.Count; index++)
        {
            var inner = requests[index];
            try
            {
                if (inner?.RequestName == MessageName) throw Faults.Invalid("ExecuteMultiple cannot contain another ExecuteMultiple request.");
                var result = context.Core.Executor.Execute(inner!, () => context.Origin);
                if (settings.ReturnResponses) responses.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Response = result });
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                faulted = true;
                responses.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = fault.Detail });
                if (!settings.ContinueOnError) break;
            }
        }

        var response = new ExecuteMultipleResponse();
        response.Results["Responses"] = responses;
        response.Results["IsFaulted"] = faulted;
        return response;
    }
}
