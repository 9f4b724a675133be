using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Pipeline;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>Reads the query's and link-entities' orders into a <see cref="RowOrder"/> (checked against metadata) and sorts joined records by it.</summary>
internal static class QueryOrdering
{
    public static RowOrder Of(QueryExpression query, TableMetadata table, Dictionary<string, TableMetadata> aliases, List<LinkPlan> links)
    {
        var keys = new List<OrderKey>();
        foreach (var order in query.Orders)
        {
            var alias = order.EntityName is null || order.EntityName == table.LogicalName ? null : order.EntityName;
            var owner = alias is null ? table : aliases.TryGetValue(alias, out var linked) ? linked : throw Faults.Invalid($"The order names an unknown alias '{alias}'.");
            if (owner.FindColumn(order.AttributeName) is null) throw Faults.UnknownColumn(owner.LogicalName, order.AttributeName);
            keys.Add(new OrderKey(alias, order.AttributeName, order.OrderType == OrderType.Descending));
        }

        AddLinkOrders(links, keys);
        return new RowOrder(keys);
    }

    /// <summary>A stable sort (records equal under the order keep their place).</summary>
    public static List<JoinedRecord> Sort(List<JoinedRecord> records, RowOrder order)
    {
        var indexed = new List<(JoinedRecord Record, int Index)>(records.Count);
        for (var i = 0; i < records.Count; i++) indexed.Add((records[i], i));
        indexed.Sort((a, b) =>
        {
            var compared = order.Compare(a.Record, b.Record);
            return compared != 0 ? compared : a.Index.CompareTo(b.Index);
        });
        var sorted = new List<JoinedRecord>(indexed.Count);
        foreach (var item in indexed) sorted.Add(item.Record);
        return sorted;
    }

    private static void AddLinkOrders(List<LinkPlan> links, List<OrderKey> keys)
    {
        foreach (var link in links)
        {
            foreach (var order in link.Link.Orders)
            {
                if (link.Table.FindColumn(order.AttributeName) is null) throw Faults.UnknownColumn(link.Table.LogicalName, order.AttributeName);
                keys.Add(new OrderKey(link.Alias, order.AttributeName, order.OrderType == OrderType.Descending));
            }

            AddLinkOrders(link.Children, keys);
        }
    }
}
