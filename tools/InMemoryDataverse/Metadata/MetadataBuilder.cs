using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Bpf;

namespace DataverseFunnel.InMemory.Metadata;

/// <summary>
/// Declares the tables of an in-memory org in code. Starts with the core tables (account, contact, systemuser,
/// team, workflow, processstage) unless asked not to.
/// </summary>
public sealed class MetadataBuilder
{
    private readonly Dictionary<string, TableBuilder> _tables = new(StringComparer.Ordinal);
    private readonly List<ManyToManyRelationship> _relationships = new();
    private readonly List<BusinessProcessFlowDefinition> _flows = new();
    private readonly List<OneToManyRelationship> _oneToMany = new();

    public MetadataBuilder(bool includeCoreTables = true)
    {
        if (includeCoreTables) CoreTables.AddTo(this);
    }

    /// <summary>Declares (or extends) a table.</summary>
    public MetadataBuilder Table(string logicalName, Action<TableBuilder> declare)
    {
        if (string.IsNullOrWhiteSpace(logicalName)) throw new ArgumentException("A table needs a logical name.", nameof(logicalName));
        if (!_tables.TryGetValue(logicalName, out var table))
        {
            table = new TableBuilder(logicalName);
            _tables.Add(logicalName, table);
        }

        declare(table);
        return this;
    }

    /// <summary>Declares an N:N relationship; its intersect table is created with the two id columns.</summary>
    public MetadataBuilder ManyToMany(string schemaName, string entity1, string entity2, string? intersectEntityName = null)
    {
        var intersect = intersectEntityName ?? schemaName.ToLowerInvariant();
        var attribute1 = entity1 + "id";
        var attribute2 = entity1 == entity2 ? entity2 + "idtwo" : entity2 + "id";
        _relationships.Add(new ManyToManyRelationship(schemaName, entity1, entity2, intersect, attribute1, attribute2));
        return Table(intersect, t => t.OrganizationOwned().NoStates().UniqueIdentifier(attribute1).UniqueIdentifier(attribute2));
    }

    /// <summary>Declares a 1:N relationship (the lookup column is declared on the table itself) and its delete and assign behaviour.</summary>
    public MetadataBuilder OneToMany(string schemaName, string referencedEntity, string referencingEntity, string referencingAttribute, CascadeBehavior cascadeDelete,
        CascadeBehavior cascadeAssign = CascadeBehavior.NoCascade)
    {
        _oneToMany.Add(new OneToManyRelationship(schemaName, referencedEntity, referencingEntity, referencingAttribute, cascadeDelete, cascadeAssign));
        return this;
    }

    /// <summary>Declares a business process flow: its instance table plus the workflow and processstage rows seeded at start.</summary>
    public MetadataBuilder BusinessProcessFlow(BusinessProcessFlowDefinition flow)
    {
        if (flow.Stages.Count == 0) throw new ArgumentException($"Business process flow '{flow.TableName}' needs at least one stage.", nameof(flow));
        _flows.Add(flow);
        return Table(flow.TableName, t => BusinessProcessFlowTable.Declare(t, flow));
    }

    public MetadataModel Build()
    {
        var tables = new List<TableMetadata>(_tables.Count);
        foreach (var table in _tables.Values) tables.Add(table.Build());
        var model = new MetadataModel(tables, _relationships, _flows, _oneToMany);
        foreach (var relationship in _oneToMany)
        {
            var referencing = model.FindTable(relationship.ReferencingEntity);
            if (model.FindTable(relationship.ReferencedEntity) is null || referencing?.FindColumn(relationship.ReferencingAttribute) is null)
            {
                throw new ArgumentException($"Relationship '{relationship.SchemaName}' joins a table or lookup column that is not declared.");
            }
        }

        foreach (var relationship in _relationships)
        {
            if (model.FindTable(relationship.Entity1LogicalName) is null || model.FindTable(relationship.Entity2LogicalName) is null)
            {
                throw new ArgumentException($"Relationship '{relationship.SchemaName}' joins a table that is not declared.");
            }
        }

        return model;
    }
}
