using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Bpf;

namespace DataverseFunnel.InMemory.Metadata;

/// <summary>The frozen set of tables, N:N relationships and business process flows an org is built with.</summary>
public sealed class MetadataModel
{
    private readonly Dictionary<string, TableMetadata> _tables;
    private readonly Dictionary<string, ManyToManyRelationship> _relationships;
    private readonly Dictionary<string, BusinessProcessFlowDefinition> _flows;
    private readonly Dictionary<string, OneToManyRelationship[]> _referencing;

    internal MetadataModel(
        IEnumerable<TableMetadata> tables,
        IEnumerable<ManyToManyRelationship> relationships,
        IEnumerable<BusinessProcessFlowDefinition> flows,
        IEnumerable<OneToManyRelationship>? oneToMany = null)
    {
        _tables = new Dictionary<string, TableMetadata>(StringComparer.Ordinal);
        foreach (var table in tables) _tables[table.LogicalName] = table;
        _relationships = new Dictionary<string, ManyToManyRelationship>(StringComparer.Ordinal);
        foreach (var relationship in relationships) _relationships[relationship.SchemaName] = relationship;
        _flows = new Dictionary<string, BusinessProcessFlowDefinition>(StringComparer.Ordinal);
        foreach (var flow in flows) _flows[flow.TableName] = flow;
        var byReferenced = new Dictionary<string, List<OneToManyRelationship>>(StringComparer.Ordinal);
        foreach (var relationship in oneToMany ?? Array.Empty<OneToManyRelationship>())
        {
            if (!byReferenced.TryGetValue(relationship.ReferencedEntity, out var list)) byReferenced[relationship.ReferencedEntity] = list = new List<OneToManyRelationship>();
            list.Add(relationship);
        }

        _referencing = new Dictionary<string, OneToManyRelationship[]>(StringComparer.Ordinal);
        foreach (var pair in byReferenced) _referencing[pair.Key] = pair.Value.ToArray();
    }

    /// <summary>The 1:N relationships in which <paramref name="referencedTable"/> is the parent (the "one" side).</summary>
    public IReadOnlyList<OneToManyRelationship> OneToManyFrom(string referencedTable) =>
        _referencing.TryGetValue(referencedTable, out var relationships) ? relationships : Array.Empty<OneToManyRelationship>();

    /// <summary>A model holding only the built-in core tables.</summary>
    public static MetadataModel CoreOnly() => new MetadataBuilder().Build();

    public IReadOnlyCollection<TableMetadata> Tables => _tables.Values;

    public IReadOnlyCollection<ManyToManyRelationship> Relationships => _relationships.Values;

    public IReadOnlyCollection<BusinessProcessFlowDefinition> BusinessProcessFlows => _flows.Values;

    public TableMetadata? FindTable(string? logicalName) =>
        logicalName is not null && _tables.TryGetValue(logicalName, out var table) ? table : null;

    public ManyToManyRelationship? FindRelationship(string? schemaName) =>
        schemaName is not null && _relationships.TryGetValue(schemaName, out var relationship) ? relationship : null;

    /// <summary>The flow whose instance table is <paramref name="tableName"/>, or null.</summary>
    public BusinessProcessFlowDefinition? FindFlow(string tableName) =>
        _flows.TryGetValue(tableName, out var flow) ? flow : null;
}
