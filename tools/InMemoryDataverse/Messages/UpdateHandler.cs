using System;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// Update: the Target holds only the columns sent (a private clone), passes through the stages so PreValidation and
/// PreOperation edits persist, and is merged into the stored row by the main operation.
/// </summary>
internal sealed class UpdateHandler : IMessageHandler
{
    public string MessageName => "Update";

    public OrganizationResponse Handle(OrganizationRequest request, MessageContext context)
    {
        var original = MessageContext.Required<Entity>(request, "Target");
        var table = context.Table(original.LogicalName);
        var invocation = context.NewInvocation(MessageName, "UpdateMultiple", table.LogicalName, table, request);
        var target = Prepare(context, table, original);
        var response = new UpdateResponse();
        invocation.Items.Add(new PipelineItem(MessageContext.CopyParameters(request, "Target", target), target, target.Id, context.Store.Find(table.LogicalName, target.Id), response.Results));
        invocation.AddBulkView(null, context.Core.Steps);
        context.Run(invocation, i => WriteAll(context, table, i));
        return response;
    }

    /// <summary>Checks the row exists and the values are valid; returns the pipeline's clone with its Id set.</summary>
    internal static Entity Prepare(MessageContext context, TableMetadata table, Entity original, bool validated = false)
    {
        var id = original.Id != Guid.Empty ? original.Id
            : original.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid given ? given
            : Guid.Empty;
        if (id == Guid.Empty) throw Faults.Invalid($"Update of '{table.LogicalName}' needs the row's Id (Entity.Id or '{table.PrimaryIdAttribute}').");
        if (!context.Store.Contains(table.LogicalName, id)) throw Faults.RowNotFound(table.LogicalName, id);
        if (!validated) ColumnValueValidator.Validate(table, original);
        var target = ValueCloner.CloneEntity(original);
        target.Id = id;
        return target;
    }

    internal static void WriteAll(MessageContext context, TableMetadata table, PipelineInvocation invocation)
    {
        foreach (var item in invocation.Items) RecordWriter.Update(context, table, item);
    }
}
