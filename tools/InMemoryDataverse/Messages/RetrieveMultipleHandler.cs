using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>RetrieveMultiple: QueryExpression, QueryByAttribute or FetchExpression (read at the main operation, so PreOperation edits count).</summary>
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    public string MessageName => "RetrieveMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var original = request.Parameters.TryGetValue("Query", out var value) ? value as QueryBase : null;
        var table = context.Table(context.Core.Query.TableOf(original));
        var invocation = context.NewInvocation(MessageName, null, table.LogicalName, table, request);
        var item = new PipelineItem(MessageContext.CopyParameters(request, "Query", original!), null, System.Guid.Empty, null);
        invocation.Items.Add(item);
        context.Run(invocation, _ =>
        {
            item.Output["BusinessEntityCollection"] = context.Core.Query.Execute(item.Input["Query"] as QueryBase, context.Core.UtcNow, context.Origin.UserId);
        });
        return new RetrieveMultipleResponse { Results = item.Output };
    }
}
