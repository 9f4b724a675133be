using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>Retrieve: a fresh clone holding only the requested, non-null columns (plus the id).</summary>
internal sealed class RetrieveHandler : IMessageHandler
{
    public string MessageName => "Retrieve";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var reference = MessageContext.Required<EntityReference>(request, "Target");
        var table = context.Table(reference.LogicalName);
        var invocation = context.NewInvocation(MessageName, null, table.LogicalName, table, request);
        var item = new PipelineItem(MessageContext.CopyParameters(request, "Target", reference), null, reference.Id, null);
        invocation.Items.Add(item);
        context.Run(invocation, _ =>
        {
            var columns = item.Input.TryGetValue("ColumnSet", out var value) ? value as ColumnSet : null;
            if (columns is null) throw Faults.Invalid("Retrieve needs a ColumnSet: list the columns you need, or new ColumnSet(true) for all.");
            QueryProjection.CheckColumns(table, columns);
            var row = context.Store.Find(table.LogicalName, reference.Id) ?? throw Faults.RowNotFound(table.LogicalName, reference.Id);
            item.Output["BusinessEntity"] = QueryProjection.ToEntity(table, row, columns);
        });
        return new RetrieveResponse { Results = item.Output };
    }
}
