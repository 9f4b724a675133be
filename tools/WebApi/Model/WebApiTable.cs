using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using Microsoft.OData.Edm;

namespace DataverseFunnel.WebApi.Model;

/// <summary>One table as the Web API shows it: its entity set, EDM type, choice labels and alternate keys.</summary>
internal sealed class WebApiTable
{
    public WebApiTable(TableMetadata table, string entitySetName, EdmEntityType type, IReadOnlyList<IReadOnlyList<string>> alternateKeys)
    {
        Metadata = table;
        EntitySetName = entitySetName;
        EdmType = type;
        AlternateKeys = alternateKeys;
    }

    public TableMetadata Metadata { get; }

    public string LogicalName => Metadata.LogicalName;

    public string EntitySetName { get; }

    public EdmEntityType EdmType { get; }

    public EdmEntitySet EdmSet { get; set; } = null!;

    public IReadOnlyList<IReadOnlyList<string>> AlternateKeys { get; }

    /// <summary>Lookup column → navigation property names (the column name, or column_target for polymorphic lookups).</summary>
    public Dictionary<string, (ColumnMetadata Column, string Target)> Navigation { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Collection-valued navigation (1:N relationship schema name) → the referencing table and its lookup column.</summary>
    public Dictionary<string, OneToManyRelationship> Collections { get; } = new(StringComparer.Ordinal);

    /// <summary>True for lookups: the Web API shows them as <c>_column_value</c>.</summary>
    public static bool IsLookup(ColumnType type) => type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner;

    /// <summary>The name the Web API gives a column: lookups are <c>_x_value</c>.</summary>
    public static string PropertyName(ColumnMetadata column) => IsLookup(column.Type) ? "_" + column.LogicalName + "_value" : column.LogicalName;

    /// <summary>The column behind a Web API property name, or null.</summary>
    public ColumnMetadata? ColumnOf(string property)
    {
        if (property.StartsWith("_", StringComparison.Ordinal) && property.EndsWith("_value", StringComparison.Ordinal) && property.Length > 7)
        {
            var lookup = Metadata.FindColumn(property.Substring(1, property.Length - 7));
            return lookup is not null && IsLookup(lookup.Type) ? lookup : null;
        }

        var column = Metadata.FindColumn(property);
        return column is not null && !IsLookup(column.Type) ? column : null;
    }
}
