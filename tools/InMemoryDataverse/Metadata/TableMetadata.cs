using System;
using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Metadata;

/// <summary>A table the org knows: its keys, columns (system columns included) and state/status model.</summary>
public sealed class TableMetadata
{
    private readonly Dictionary<string, ColumnMetadata> _columns;

    internal TableMetadata(
        string logicalName,
        string primaryIdAttribute,
        string? primaryNameAttribute,
        OwnershipType ownership,
        IEnumerable<ColumnMetadata> columns,
        IReadOnlyList<StateOption> states,
        TableNames names)
    {
        SchemaName = names.SchemaName ?? logicalName;
        EntitySetName = names.EntitySetName ?? logicalName + "s";
        IsCustom = names.IsCustom;
        LogicalName = logicalName;
        PrimaryIdAttribute = primaryIdAttribute;
        PrimaryNameAttribute = primaryNameAttribute;
        Ownership = ownership;
        States = states;
        _columns = new Dictionary<string, ColumnMetadata>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            _columns[column.LogicalName] = column;
        }
    }

    public string LogicalName { get; }

    public string PrimaryIdAttribute { get; }

    public string? PrimaryNameAttribute { get; }

    public OwnershipType Ownership { get; }

    /// <summary>The schema name (default: the logical name).</summary>
    public string SchemaName { get; }

    /// <summary>
    /// The Web API entity set name. Default: logical name + "s"; the platform defaults it to the LogicalCollectionName
    /// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.entitymetadata.entitysetname), which a solution states.
    /// </summary>
    public string EntitySetName { get; }

    /// <summary>True for tables a solution or a test declares; false for the platform's own (core) tables.</summary>
    public bool IsCustom { get; }

    /// <summary>statecode values and their statuscode values; empty for tables without state (e.g. intersect tables).</summary>
    public IReadOnlyList<StateOption> States { get; }

    public IReadOnlyCollection<ColumnMetadata> Columns => _columns.Values;

    public bool HasStateColumns => States.Count > 0;

    public bool TryGetColumn(string logicalName, out ColumnMetadata column) =>
        _columns.TryGetValue(logicalName, out column!);

    public ColumnMetadata? FindColumn(string logicalName) =>
        _columns.TryGetValue(logicalName, out var column) ? column : null;

    /// <summary>The default statuscode of a statecode, or null when the state is unknown.</summary>
    public int? DefaultStatusOf(int state)
    {
        foreach (var option in States)
        {
            if (option.State == state && option.Statuses.Count > 0) return option.Statuses[0];
        }

        return null;
    }

    /// <summary>The statecode a statuscode belongs to, or null when the status is unknown.</summary>
    public int? StateOfStatus(int status)
    {
        foreach (var option in States)
        {
            foreach (var candidate in option.Statuses)
            {
                if (candidate == status) return option.State;
            }
        }

        return null;
    }
}
