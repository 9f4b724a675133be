using System;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>Create: the Target (a private clone) runs through the stages; the new id reaches PostOperation as OutputParameters["id"].</summary>
internal sealed class CreateHandler : IMessageHandler
{
    public string MessageName => "Create";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var original = MessageContext.Required<Entity>(request, "Target");
        var table = context.Table(original.LogicalName);
        ColumnValueValidator.Validate(table, original);
        var target = ValueCloner.CloneEntity(original);
        var invocation = context.NewInvocation(MessageName, "CreateMultiple", table.LogicalName, table, request);
        var response = new CreateResponse();
        invocation.Items.Add(new PipelineItem(MessageContext.CopyParameters(request, "Target", target), target, target.Id, null, response.Results));
        invocation.AddBulkView(null, context.Core.Steps);
        context.Run(invocation, i => WriteAll(context, table, i));
        return response;
    }

    /// <summary>Creates every item's row; bulk steps read the ids as OutputParameters["Ids"].</summary>
    internal static void WriteAll(MessageContext context, TableMetadata table, PipelineInvocation invocation)
    {
        var ids = new Guid[invocation.Items.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            RecordWriter.Create(context, table, invocation.Items[i]);
            ids[i] = invocation.Items[i].Id;
        }

        if (invocation.Bulk is { } bulk) bulk.Output["Ids"] = ids;
    }
}
