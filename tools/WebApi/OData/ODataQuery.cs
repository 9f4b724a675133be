using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.WebApi.OData;

/// <summary>An entity-set GET translated: the org query, the columns to show (null: all), $expand, $top and $count.</summary>
internal sealed class ODataQuery
{
    public ODataQuery(QueryExpression query) => Query = query;

    public QueryExpression Query { get; }

    public IReadOnlyList<ColumnMetadata>? Columns { get; set; }

    public List<Expansion> Expansions { get; } = new();

    public int? Top { get; set; }

    public bool Count { get; set; }
}

/// <summary>One single-level $expand: a lookup (single-valued) or a 1:N relationship (collection-valued), with its $select.</summary>
internal sealed record Expansion(string Name, string Table, string? LookupColumn, OneToManyRelationship? Relationship, IReadOnlyList<ColumnMetadata>? Columns);
