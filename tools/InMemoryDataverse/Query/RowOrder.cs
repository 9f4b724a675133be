using System;
using System.Collections.Generic;
using System.Text;
using DataverseFunnel.InMemory.Store;

namespace DataverseFunnel.InMemory.Query;

/// <summary>One sort key of a query: a column of the main table (alias null) or of a link alias.</summary>
internal readonly record struct OrderKey(string? Alias, string Column, bool Descending);

/// <summary>
/// A query's order: its keys, then the main row's id, so the order is total and every page boundary is a single
/// position (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/paging-behaviors-and-ordering:
/// without an order Dataverse orders by the primary key).
/// </summary>
internal sealed class RowOrder
{
    public RowOrder(IReadOnlyList<OrderKey> keys)
    {
        Keys = keys;
        var signature = new StringBuilder();
        foreach (var key in keys) signature.Append(key.Alias).Append('.').Append(key.Column).Append(key.Descending ? " desc|" : " asc|");
        Signature = signature.ToString();
    }

    public IReadOnlyList<OrderKey> Keys { get; }

    /// <summary>Identifies the order (for the cache of sorted indexes).</summary>
    public string Signature { get; }

    public int Compare(JoinedRecord a, JoinedRecord b)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i];
            var compared = ValueComparison.Compare(a.RowFor(key.Alias)?.Get(key.Column), b.RowFor(key.Alias)?.Get(key.Column));
            if (compared != 0) return key.Descending ? -compared : compared;
        }

        return a.Main.Id.CompareTo(b.Main.Id);
    }

    /// <summary>Where a main-table row stands against a position (the key values and id of a row, e.g. a cookie's last row).</summary>
    public int Compare(StoredRow row, IReadOnlyList<object?> values, Guid id)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            var compared = ValueComparison.Compare(row.Get(Keys[i].Column), values[i]);
            if (compared != 0) return Keys[i].Descending ? -compared : compared;
        }

        return row.Id.CompareTo(id);
    }
}
