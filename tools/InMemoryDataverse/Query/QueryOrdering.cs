using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>Sorts joined records by the query's and link-entities' orders; the main row id breaks ties so paging is stable.</summary>
internal static class QueryOrdering
{
    public static List<JoinedRecord> Sort(
        List<JoinedRecord> records,
        QueryExpression query,
        TableMetadata table,
        Dictionary<string, TableMetadata> aliases,
        List<LinkPlan> links)
    {
        var keys = Keys(query, table, aliases, links);
        var indexed = new List<(JoinedRecord Record, int Index)>(records.Count);
        for (var i = 0; i < records.Count; i++) indexed.Add((records[i], i));
        indexed.Sort((a, b) =>
        {
            var compared = CompareKeys(keys, a.Record, b.Record);
            return compared != 0 ? compared : a.Index.CompareTo(b.Index);
        });
        var sorted = new List<JoinedRecord>(indexed.Count);
        foreach (var item in indexed) sorted.Add(item.Record);
        return sorted;
    }

    /// <summary>
    /// The same order as <see cref="Sort"/> for records of one table (no joins, so the main row id is unique and breaks
    /// every tie): what a page can be selected by without sorting every row.
    /// </summary>
    public static Comparison<JoinedRecord> Comparer(QueryExpression query, TableMetadata table, Dictionary<string, TableMetadata> aliases, List<LinkPlan> links)
    {
        var keys = Keys(query, table, aliases, links);

        // An ascending order on the primary key is the id tie-break itself, and no later key can matter: compare ids.
        var byId = keys.FindIndex(k => k.Alias is null && !k.Descending && string.Equals(k.Column, table.PrimaryIdAttribute, StringComparison.Ordinal));
        if (byId >= 0) keys.RemoveRange(byId, keys.Count - byId);
        return (a, b) => CompareKeys(keys, a, b);
    }

    private static int CompareKeys(List<(string? Alias, string Column, bool Descending)> keys, JoinedRecord a, JoinedRecord b)
    {
        foreach (var key in keys)
        {
            var compared = ValueComparison.Compare(a.RowFor(key.Alias)?.Get(key.Column), b.RowFor(key.Alias)?.Get(key.Column));
            if (compared != 0) return key.Descending ? -compared : compared;
        }

        return a.Main.Id.CompareTo(b.Main.Id);
    }

    private static List<(string? Alias, string Column, bool Descending)> Keys(QueryExpression query, TableMetadata table, Dictionary<string, TableMetadata> aliases, List<LinkPlan> links)
    {
        var keys = new List<(string? Alias, string Column, bool Descending)>();
        foreach (var order in query.Orders)
        {
            var alias = order.EntityName is null || order.EntityName == table.LogicalName ? null : order.EntityName;
            var owner = alias is null ? table : aliases.TryGetValue(alias, out var linked) ? linked : throw Faults.Invalid($"The order names an unknown alias '{alias}'.");
            if (owner.FindColumn(order.AttributeName) is null) throw Faults.UnknownColumn(owner.LogicalName, order.AttributeName);
            keys.Add((alias, order.AttributeName, order.OrderType == OrderType.Descending));
        }

        AddLinkOrders(links, keys);
        return keys;
    }

    private static void AddLinkOrders(List<LinkPlan> links, List<(string? Alias, string Column, bool Descending)> keys)
    {
        foreach (var link in links)
        {
            foreach (var order in link.Link.Orders)
            {
                if (link.Table.FindColumn(order.AttributeName) is null) throw Faults.UnknownColumn(link.Table.LogicalName, order.AttributeName);
                keys.Add((link.Alias, order.AttributeName, order.OrderType == OrderType.Descending));
            }

            AddLinkOrders(link.Children, keys);
        }
    }
}
