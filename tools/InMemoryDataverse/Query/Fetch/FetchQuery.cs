using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query.Fetch;

/// <summary>
/// A parsed fetch: the QueryExpression it is (columns, filters, links, orders, top/paging, distinct), plus what a
/// QueryExpression cannot say: aggregation, aliased columns and orders by alias.
/// </summary>
internal sealed class FetchQuery
{
    public FetchQuery(QueryExpression query, bool aggregate, int? aggregateLimit, IReadOnlyList<FetchColumn> columns, IReadOnlyList<(string Alias, bool Descending)> aliasOrders)
    {
        Query = query;
        IsAggregate = aggregate;
        AggregateLimit = aggregateLimit;
        Columns = columns;
        AliasOrders = aliasOrders;
    }

    public QueryExpression Query { get; }

    public bool IsAggregate { get; }

    /// <summary>The fetch's aggregatelimit, which may only lower the org's limit.</summary>
    public int? AggregateLimit { get; }

    /// <summary>Aliased attributes: the groups and aggregates of an aggregate fetch, or renamed plain columns.</summary>
    public IReadOnlyList<FetchColumn> Columns { get; }

    /// <summary>Orders by alias (aggregate fetches order by their group and aggregate aliases).</summary>
    public IReadOnlyList<(string Alias, bool Descending)> AliasOrders { get; }
}
