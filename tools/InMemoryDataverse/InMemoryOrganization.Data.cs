using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Bpf;
using DataverseFunnel.InMemory.Messages;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Query;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory;

/// <summary>Test-side data access that bypasses the pipeline: seeding rows and peeking at what is stored.</summary>
public sealed partial class InMemoryOrganization
{
    /// <summary>Stores rows directly (validated and stamped like a Create, but no plugin runs). Returns their ids.</summary>
    public IReadOnlyList<Guid> Seed(params Entity[] entities)
    {
        lock (_core.Gate) return SeedSerialised(entities);
    }

    private List<Guid> SeedSerialised(Entity[] entities)
    {
        var ids = new List<Guid>(entities.Length);
        var context = new MessageContext(_core, CallOrigin.TopLevel(SystemUserId, Guid.Empty));
        foreach (var entity in entities)
        {
            var table = context.Table(entity.LogicalName);
            ColumnValueValidator.Validate(table, entity);
            var item = new PipelineItem(new ParameterCollection(), Store.ValueCloner.CloneEntity(entity), entity.Id, null);
            RecordWriter.Create(context, table, item);
            ids.Add(item.Id);
        }

        return ids;
    }

    /// <summary>The stored row with all its columns (a clone), or null; no plugin runs.</summary>
    public Entity? Peek(string table, Guid id)
    {
        var metadata = _core.Metadata.FindTable(table) ?? throw Faults.UnknownTable(table);
        StoredRow? row;
        lock (_core.Gate) row = _core.Store.Find(table, id);
        return row is null ? null : QueryProjection.ToEntity(metadata, row, new ColumnSet(true));
    }

    /// <summary>Every stored row of a table (clones, all columns); no plugin runs.</summary>
    public IReadOnlyList<Entity> All(string table)
    {
        var metadata = _core.Metadata.FindTable(table) ?? throw Faults.UnknownTable(table);
        var rows = new List<Entity>();
        lock (_core.Gate)
        {
            foreach (var row in _core.Store.Rows(table)) rows.Add(QueryProjection.ToEntity(metadata, row, new ColumnSet(true)));
        }

        return rows;
    }

    public int Count(string table)
    {
        lock (_core.Gate) return _core.Store.Count(table);
    }

    /// <summary>
    /// Starts a business process flow for a record through the pipeline (Create of the instance row at the first stage).
    /// </summary>
    public Guid CreateBusinessProcessFlowInstance(string flowTable, EntityReference record, Guid? userId = null)
    {
        var flow = _core.Metadata.FindFlow(flowTable) ?? throw new ArgumentException($"'{flowTable}' is not a declared business process flow.", nameof(flowTable));
        if (record.LogicalName != flow.PrimaryEntity)
        {
            throw new ArgumentException($"The flow '{flow.Name}' runs on {flow.PrimaryEntity} rows, not {record.LogicalName}.", nameof(record));
        }

        var instance = new Entity(flowTable) { [flow.RecordLookupColumn] = new EntityReference(record.LogicalName, record.Id) };
        return CreateService(userId).Create(instance);
    }
}
