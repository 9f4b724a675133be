using System;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Messages;

/// <summary>Reads and checks the Targets of a bulk request: one table, at least one entity, valid values; returns clones (or the originals when the caller clones them itself).</summary>
internal static class BulkTargets
{
    public static (TableMetadata Table, EntityCollection Clones) Read(OrganizationRequest request, MessageContext context, bool clone = true)
    {
        var targets = MessageContext.Required<EntityCollection>(request, "Targets");
        if (targets.Entities.Count == 0) throw Faults.Invalid($"{request.RequestName} needs at least one entity in Targets.");
        var name = string.IsNullOrEmpty(targets.EntityName) ? targets.Entities[0].LogicalName : targets.EntityName;
        var table = context.Table(name);
        var clones = new EntityCollection { EntityName = table.LogicalName };
        foreach (var entity in targets.Entities)
        {
            if (entity is null || !string.Equals(entity.LogicalName, table.LogicalName, StringComparison.Ordinal))
            {
                throw Faults.Invalid($"All Targets of {request.RequestName} must be '{table.LogicalName}' rows; found '{entity?.LogicalName}'.");
            }

            ColumnValueValidator.Validate(table, entity);
            clones.Entities.Add(clone ? ValueCloner.CloneEntity(entity) : entity);
        }

        return (table, clones);
    }
}
