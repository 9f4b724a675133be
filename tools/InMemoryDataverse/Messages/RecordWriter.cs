using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Bpf;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>
/// The main operations (stage 30) of Create, Update and Delete: validate the Target as the earlier stages left it,
/// stamp the system columns, store a new immutable row and expose the system columns to PostOperation.
/// </summary>
internal static class RecordWriter
{
    public static void Create(MessageContext context, TableMetadata table, PipelineItem item)
    {
        var target = CheckTarget(table, item);
        var id = target.Id != Guid.Empty ? target.Id
            : target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid given && given != Guid.Empty ? given
            : context.Core.Ids.NewId();
        if (context.Store.Contains(table.LogicalName, id))
        {
            throw Faults.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key: a {table.LogicalName} with id {id} already exists.");
        }

        var values = new Dictionary<string, object>(target.Attributes.Count + 8, StringComparer.Ordinal);
        foreach (var pair in target.Attributes)
        {
            if (pair.Value is not null && !IsStamped(pair.Key)) values[pair.Key] = ColumnValueValidator.Normalize(ValueCloner.Clone(pair.Value)!);
        }

        var now = context.Now;
        var user = context.StoredUser;
        values[table.PrimaryIdAttribute] = id;
        values[SystemColumns.CreatedOn] = now;
        values[SystemColumns.ModifiedOn] = now;
        values[SystemColumns.CreatedBy] = user;
        values[SystemColumns.ModifiedBy] = user;
        if (table.Ownership == OwnershipType.UserOwned) values.TryAdd(SystemColumns.OwnerId, user);
        StateStatusRules.Apply(table, values, values.ContainsKey(SystemColumns.StateCode), values.ContainsKey(SystemColumns.StatusCode));
        BusinessProcessFlowRules.OnCreate(context.Metadata, table, values, (DateTime)now);

        var row = new StoredRow(id, values);
        context.Store.Put(table.LogicalName, row);
        item.Id = id;
        item.PostRow = row;
        target.Id = id;
        foreach (var pair in values)
        {
            if (!target.Attributes.ContainsKey(pair.Key)) target.Attributes[pair.Key] = ValueCloner.Clone(pair.Value)!;
        }

        item.Output["id"] = id;
    }

    public static void Update(MessageContext context, TableMetadata table, PipelineItem item)
    {
        var target = CheckTarget(table, item);
        var before = context.Store.Find(table.LogicalName, item.Id) ?? throw Faults.RowNotFound(table.LogicalName, item.Id);
        var values = before.CopyValues(target.Attributes.Count);
        foreach (var pair in target.Attributes)
        {
            if (pair.Key == table.PrimaryIdAttribute || IsStamped(pair.Key)) continue;
            if (pair.Value is null) values.Remove(pair.Key);
            else values[pair.Key] = ColumnValueValidator.Normalize(ValueCloner.Clone(pair.Value)!);
        }

        var now = context.Now;
        var user = context.StoredUser;
        values[SystemColumns.ModifiedOn] = now;
        values[SystemColumns.ModifiedBy] = user;
        var stateWritten = target.Attributes.ContainsKey(SystemColumns.StateCode);
        var statusWritten = target.Attributes.ContainsKey(SystemColumns.StatusCode);
        if (stateWritten || statusWritten) StateStatusRules.Apply(table, values, stateWritten, statusWritten);
        BusinessProcessFlowRules.OnUpdate(context.Metadata, table, before, values, target, (DateTime)now);

        var row = new StoredRow(item.Id, values);
        context.Store.Put(table.LogicalName, row);
        item.PostRow = row;
        target.Attributes[SystemColumns.ModifiedOn] = now;
        target.Attributes[SystemColumns.ModifiedBy] = new EntityReference(user.LogicalName, user.Id);
    }

    public static void Delete(MessageContext context, TableMetadata table, PipelineItem item)
    {
        if (!context.Store.Remove(table.LogicalName, item.Id)) throw Faults.RowNotFound(table.LogicalName, item.Id);
        foreach (var relationship in context.Metadata.Relationships)
        {
            if (relationship.Entity1LogicalName == table.LogicalName) RemoveAssociations(context, relationship.IntersectEntityName, relationship.Entity1IntersectAttribute, item.Id);
            if (relationship.Entity2LogicalName == table.LogicalName) RemoveAssociations(context, relationship.IntersectEntityName, relationship.Entity2IntersectAttribute, item.Id);
        }
    }

    /// <summary>Columns the platform owns: values sent by the caller are ignored, as Dataverse ignores them.</summary>
    private static bool IsStamped(string column) =>
        column is SystemColumns.CreatedOn or SystemColumns.ModifiedOn or SystemColumns.CreatedBy or SystemColumns.ModifiedBy;

    private static Entity CheckTarget(TableMetadata table, PipelineItem item)
    {
        var target = item.Target!;
        if (!string.Equals(target.LogicalName, table.LogicalName, StringComparison.Ordinal))
        {
            throw Faults.Invalid($"The Target's LogicalName changed from '{table.LogicalName}' to '{target.LogicalName}' during the pipeline.");
        }

        ColumnValueValidator.Validate(table, target);
        return target;
    }

    private static void RemoveAssociations(MessageContext context, string intersect, string column, Guid id)
    {
        var doomed = new List<Guid>();
        foreach (var row in context.Store.Rows(intersect))
        {
            if (row.Get(column) is Guid linked && linked == id) doomed.Add(row.Id);
        }

        foreach (var rowId in doomed) context.Store.Remove(intersect, rowId);
    }
}
