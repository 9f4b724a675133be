namespace DataverseFunnel.InMemory.Metadata;

/// <summary>How the platform names a table beyond its logical name; null parts take the table's defaults.</summary>
internal sealed record TableNames(string? SchemaName, string? EntitySetName, bool IsCustom);
