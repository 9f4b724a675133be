using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>RetrieveMultiple: QueryExpression or QueryByAttribute (read at the main operation, so PreOperation edits count).</summary>
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    public string MessageName => "RetrieveMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var original = request.Parameters.TryGetValue("Query", out var value) ? value as QueryBase : null;
        var query = QueryConverter.ToExpression(original);
        var table = context.Table(query.EntityName);
        var invocation = context.NewInvocation(MessageName, null, table.LogicalName, table, request);
        var item = new PipelineItem(MessageContext.CopyParameters(request, "Query", original!), null, System.Guid.Empty, null);
        invocation.Items.Add(item);
        context.Run(invocation, _ =>
        {
            var current = QueryConverter.ToExpression(item.Input["Query"] as QueryBase);
            item.Output["BusinessEntityCollection"] = context.Core.Query.Execute(current, context.Core.UtcNow, context.Origin.UserId);
        });
        return new RetrieveMultipleResponse { Results = item.Output };
    }
}
