using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query.Fetch;

/// <summary>
/// A parsed fetch: the QueryExpression it is (columns, filters, links, orders, top/paging, distinct), plus what a
/// QueryExpression cannot say: aggregation, aliased columns and orders by alias.
/// </summary>
/// <param name="AggregateLimit">The fetch's aggregatelimit, which may only lower the org's limit.</param>
/// <param name="Columns">Aliased attributes: the groups and aggregates of an aggregate fetch, or renamed plain columns.</param>
/// <param name="AliasOrders">Orders by alias (aggregate fetches order by their group and aggregate aliases).</param>
internal sealed record FetchQuery(
    QueryExpression Query,
    bool IsAggregate,
    int? AggregateLimit,
    IReadOnlyList<FetchColumn> Columns,
    IReadOnlyList<(string Alias, bool Descending)> AliasOrders);
