using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>Delete: the row must exist (its pre-image is available to every stage); its N:N associations go with it.</summary>
internal sealed class DeleteHandler : IMessageHandler
{
    public string MessageName => "Delete";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var reference = MessageContext.Required<EntityReference>(request, "Target");
        var table = context.Table(reference.LogicalName);
        var before = context.Store.Find(table.LogicalName, reference.Id) ?? throw Faults.RowNotFound(table.LogicalName, reference.Id);
        var target = new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name };
        var invocation = context.NewInvocation(MessageName, null, table.LogicalName, table, request);
        invocation.Items.Add(new PipelineItem(MessageContext.CopyParameters(request, "Target", target), null, reference.Id, before));
        context.Run(invocation, i => RecordWriter.Delete(context, table, i.Items[0]));
        return new DeleteResponse { Results = invocation.Items[0].Output };
    }
}
