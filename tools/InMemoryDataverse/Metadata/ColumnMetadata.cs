using System;
using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Metadata;

/// <summary>One column of a table: its logical name, type and the limits Dataverse enforces on writes.</summary>
public sealed record ColumnMetadata(string LogicalName, ColumnType Type)
{
    /// <summary>Maximum length for String and Memo columns.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Tables a Lookup/Customer/Owner column may point to.</summary>
    public IReadOnlyList<string> Targets { get; init; } = Array.Empty<string>();

    /// <summary>Allowed option values for Choice/MultiChoice columns; empty = any value.</summary>
    public IReadOnlyList<int> ValidValues { get; init; } = Array.Empty<int>();

    /// <summary>True for columns the platform writes (createdon, ownerid…), which are stamped by the main operation.</summary>
    public bool IsSystem { get; init; }

    /// <summary>The schema name (the solution's PhysicalName); null means the logical name.</summary>
    public string? SchemaName { get; init; }

    /// <summary>Whether the column is custom; null means "custom when the table is and the platform does not stamp it".</summary>
    public bool? IsCustom { get; init; }
}
