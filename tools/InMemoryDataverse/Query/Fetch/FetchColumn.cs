using DataverseFunnel.InMemory.Metadata;

namespace DataverseFunnel.InMemory.Query.Fetch;

/// <summary>What an attribute element of an aggregate (or aliased) fetch asks for.</summary>
internal enum FetchAggregate
{
    /// <summary>A plain column returned under an alias.</summary>
    None,
    GroupBy,
    Count,
    CountColumn,
    Sum,
    Avg,
    Min,
    Max,
}

/// <summary>An attribute element with an alias: a group, an aggregate, or a plain column renamed.</summary>
/// <param name="TableAlias">The link-entity alias, or null for the fetch's entity.</param>
internal sealed record FetchColumn(
    string Alias,
    string? TableAlias,
    TableMetadata Table,
    ColumnMetadata Column,
    FetchAggregate Aggregate,
    FetchDateGrouping? DateGrouping,
    bool Distinct);
