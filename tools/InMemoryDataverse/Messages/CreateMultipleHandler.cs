using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// CreateMultiple: bulk steps get Targets once; Create steps run per record (merged pipeline). Any error rolls back
/// the whole request.
/// </summary>
internal sealed class CreateMultipleHandler : IMessageHandler
{
    public string MessageName => "CreateMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var (table, clones) = BulkTargets.Read(request, context);
        var invocation = context.NewInvocation("Create", MessageName, table.LogicalName, table, request);
        foreach (var target in clones.Entities)
        {
            invocation.Items.Add(new PipelineItem(new ParameterCollection { ["Target"] = target }, target, target.Id, null));
        }

        invocation.AddBulkView(MessageContext.CopyParameters(request, "Targets", clones), context.Core.Steps);
        context.Run(invocation, i => CreateHandler.WriteAll(context, table, i));
        return new CreateMultipleResponse { Results = invocation.Bulk!.Output };
    }
}
