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
        var stages = context.Core.Stages;
        stages.RunPreValidation(invocation);
        if (IsMixedStateUpdate(table, target)) RunInTwoPasses(context, table, request, invocation.Items[0]);
        else stages.RunFromPreOperation(invocation, i => WriteAll(context, table, i));
        return response;
    }

    /// <summary>True when the Target sets statecode/statuscode together with other columns.</summary>
    private static bool IsMixedStateUpdate(TableMetadata table, Entity target)
    {
        if (!table.HasStateColumns) return false;
        var state = 0;
        foreach (var key in target.Attributes.Keys)
        {
            if (key is SystemColumns.StateCode or SystemColumns.StatusCode) state++;
        }

        return state > 0 && target.Attributes.Count - state > (target.Attributes.ContainsKey(table.PrimaryIdAttribute) ? 1 : 0);
    }

    /// <summary>
    /// "Plug-ins registered for the Update message in PreOperation and/or PostOperation stages execute once for all
    /// non-state/status fields, and then once for the state/status fields"
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior). PreValidation
    /// ran once with the whole Target; each pass sees the row the previous one left as its pre-image, and both passes
    /// share the request's SharedVariables (the page's advice for seeing the whole change).
    /// </summary>
    private static void RunInTwoPasses(MessageContext context, TableMetadata table, OrganizationRequest request, PipelineItem whole)
    {
        var full = whole.Target!;
        var others = new Entity(full.LogicalName, full.Id);
        var states = new Entity(full.LogicalName, full.Id);
        foreach (var pair in full.Attributes)
        {
            var pass = pair.Key is SystemColumns.StateCode or SystemColumns.StatusCode ? states : others;
            pass.Attributes[pair.Key] = pair.Value;
        }

        var preRow = whole.PreRow;
        foreach (var target in new[] { others, states })
        {
            var invocation = context.NewInvocation("Update", "UpdateMultiple", table.LogicalName, table, request);
            var item = new PipelineItem(MessageContext.CopyParameters(request, "Target", target), target, target.Id, preRow, whole.Output).SharingVariablesOf(whole);
            invocation.Items.Add(item);
            invocation.AddBulkView(null, context.Core.Steps);
            context.Core.Stages.RunFromPreOperation(invocation, i => WriteAll(context, table, i));
            preRow = item.PostRow;
        }
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
        foreach (var item in invocation.Items)
        {
            RecordWriter.Update(context, table, item);
            AssignCascade.Run(context, table, invocation, item);
        }
    }
}
