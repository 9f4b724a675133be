using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.InMemory.Query.Fetch;

/// <summary>
/// Runs a parsed fetch on the query engine: a plain fetch is its QueryExpression (aliased columns renamed after);
/// an aggregate fetch selects the same rows, then groups, orders by alias and takes top or a page of the groups.
/// </summary>
internal static class FetchRunner
{
    public static EntityCollection Execute(QueryEngine engine, FetchQuery fetch, DateTime nowUtc, Guid callerId)
    {
        if (!fetch.IsAggregate)
        {
            var plain = engine.Execute(fetch.Query, nowUtc, callerId);
            if (fetch.Columns.Count > 0) RenameAliased(plain, fetch.Columns);
            return plain;
        }

        var selection = engine.Select(fetch.Query, nowUtc, callerId);
        var limit = Lower(engine.Options.AggregateQueryRecordLimit, fetch.AggregateLimit);
        // https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/aggregate-data#limitations
        if (selection.Records.Count > limit)
        {
            throw Faults.Create(ErrorCodes.AggregateQueryRecordLimit, $"AggregateQueryRecordLimit exceeded. Cannot perform this operation. (The aggregate reads {selection.Records.Count} rows; the limit is {limit}.)");
        }

        var groups = FetchAggregator.Aggregate(fetch, selection);
        Sort(groups, fetch.AliasOrders);
        return Page(selection.Table.LogicalName, fetch, groups);
    }

    private static int? Lower(int? org, int? fetch) => org is null ? fetch : fetch is null ? org : Math.Min(org.Value, fetch.Value);

    /// <summary>An aliased plain column comes back under its alias as an AliasedValue instead of under its name.</summary>
    private static void RenameAliased(EntityCollection result, IReadOnlyList<FetchColumn> columns)
    {
        foreach (var entity in result.Entities)
        {
            foreach (var column in columns)
            {
                var key = column.TableAlias is null ? column.Column.LogicalName : column.TableAlias + "." + column.Column.LogicalName;
                if (!entity.Attributes.TryGetValue(key, out var value)) continue;
                entity.Attributes.Remove(key);
                entity.Attributes[column.Alias] = new AliasedValue(column.Table.LogicalName, column.Column.LogicalName, value is AliasedValue aliased ? aliased.Value : value);
            }
        }
    }

    /// <summary>Stable sort by the alias orders (nulls first ascending), as SQL orders the grouped rows.</summary>
    private static void Sort(List<Entity> groups, IReadOnlyList<(string Alias, bool Descending)> orders)
    {
        if (orders.Count == 0) return;
        var indexed = new List<(Entity Row, int Index)>(groups.Count);
        for (var i = 0; i < groups.Count; i++) indexed.Add((groups[i], i));
        indexed.Sort((a, b) =>
        {
            foreach (var (alias, descending) in orders)
            {
                var compared = ValueComparison.Compare(ValueOf(a.Row, alias), ValueOf(b.Row, alias));
                if (compared != 0) return descending ? -compared : compared;
            }

            return a.Index.CompareTo(b.Index);
        });
        for (var i = 0; i < groups.Count; i++) groups[i] = indexed[i].Row;
    }

    private static object? ValueOf(Entity row, string alias) => row.Attributes.TryGetValue(alias, out var value) ? value : null;

    private static EntityCollection Page(string table, FetchQuery fetch, List<Entity> groups)
    {
        var result = new EntityCollection { EntityName = table, TotalRecordCount = -1 };
        var start = 0;
        var take = groups.Count;
        if (fetch.Query.TopCount is int top)
        {
            take = Math.Min(top, groups.Count);
        }
        else if (fetch.Query.PageInfo is { Count: > 0 } paging)
        {
            start = Math.Min((Math.Max(1, paging.PageNumber) - 1) * paging.Count, groups.Count);
            take = Math.Min(paging.Count, groups.Count - start);
            result.MoreRecords = start + take < groups.Count;
        }

        if (fetch.Query.PageInfo is { ReturnTotalRecordCount: true }) result.TotalRecordCount = groups.Count;
        for (var i = start; i < start + take; i++) result.Entities.Add(groups[i]);
        return result;
    }
}
