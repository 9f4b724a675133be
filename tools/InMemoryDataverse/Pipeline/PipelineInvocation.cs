using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Pipeline;

/// <summary>
/// One request going through the stages. <see cref="Message"/> is the single message (Create, Update…);
/// <see cref="BulkMessage"/> its bulk twin whose steps also run (merged pipeline), with <see cref="Bulk"/> as their view.
/// </summary>
internal sealed class PipelineInvocation
{
    private ContextScope? _scope;

    public PipelineInvocation(string message, string? bulkMessage, string entityName, TableMetadata? table, CallOrigin origin, Guid requestId, DateTime operationCreatedOn)
    {
        Message = message;
        BulkMessage = bulkMessage;
        EntityName = entityName;
        Table = table;
        Origin = origin;
        RequestId = requestId;
        OperationCreatedOn = operationCreatedOn;
    }

    public string Message { get; }

    public string? BulkMessage { get; }

    public string EntityName { get; }

    public TableMetadata? Table { get; }

    public CallOrigin Origin { get; }

    public Guid RequestId { get; }

    public DateTime OperationCreatedOn { get; }

    /// <summary>The constants every step context of this request shares.</summary>
    public ContextScope Scope(InMemoryOrganizationOptions options) =>
        _scope ??= new ContextScope(options, EntityName, Origin.Depth, Origin.UserId, Origin.InitiatingUserId, Origin.CorrelationId, RequestId, OperationCreatedOn);

    public List<PipelineItem> Items { get; } = new(1);

    /// <summary>The Targets view for bulk steps (null when the message has no bulk twin).</summary>
    public PipelineItem? Bulk { get; set; }

    /// <summary>
    /// Builds the bulk view over the items' Target entities (shared instances, so edits flow both ways). For a single
    /// request it is only built when a bulk step is registered, keeping the common path cheap.
    /// </summary>
    public void AddBulkView(ParameterCollection? bulkInput, StepRegistry steps)
    {
        if (BulkMessage is null) return;
        if (bulkInput is null)
        {
            if (!steps.Any(BulkMessage, EntityName)) return;
            var targets = new EntityCollection { EntityName = EntityName };
            foreach (var item in Items) targets.Entities.Add(item.Target!);
            bulkInput = new ParameterCollection { ["Targets"] = targets };
        }

        Bulk = new PipelineItem(bulkInput, null, Guid.Empty, null);
    }
}
