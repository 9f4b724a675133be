using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// UpdateMultiple: bulk steps get Targets and image arrays once; Update steps run per record (merged pipeline);
/// a filtered bulk step runs when any Target holds a filtered column. Any error rolls back the whole request.
/// </summary>
internal sealed class UpdateMultipleHandler : IMessageHandler
{
    public string MessageName => "UpdateMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var (table, clones) = BulkTargets.Read(request, context, clone: false);
        var invocation = context.NewInvocation("Update", MessageName, table.LogicalName, table, request);
        var prepared = new EntityCollection { EntityName = table.LogicalName };
        foreach (var original in clones.Entities)
        {
            var target = UpdateHandler.Prepare(context, table, original, validated: true);
            prepared.Entities.Add(target);
            invocation.Items.Add(new PipelineItem(new ParameterCollection { ["Target"] = target }, target, target.Id, context.Store.Find(table.LogicalName, target.Id)));
        }

        invocation.AddBulkView(MessageContext.CopyParameters(request, "Targets", prepared), context.Core.Steps);
        context.Run(invocation, i => UpdateHandler.WriteAll(context, table, i));
        return new UpdateMultipleResponse { Results = invocation.Bulk!.Output };
    }
}
