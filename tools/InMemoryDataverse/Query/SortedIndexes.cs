using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Store;

namespace DataverseFunnel.InMemory.Query;

/// <summary>
/// Each table's rows sorted by a query order, built once and reused while the table's store version is unchanged, so
/// a page of a paged query costs a binary search and a short walk instead of filtering and sorting the whole table.
/// A write to the table makes the next page rebuild it. Used under the org's gate, like the store: one caller at a time.
/// </summary>
internal sealed class SortedIndexes
{
    // A few orders per org are live at once (a pull, a view); each entry holds one reference per row.
    private const int Capacity = 4;
    private readonly InMemoryStore _store;
    private readonly List<Entry> _entries = new();

    public SortedIndexes(InMemoryStore store) => _store = store;

    /// <summary>The table's rows in <paramref name="order"/> (main-table keys only), id last.</summary>
    public StoredRow[] For(string table, RowOrder order)
    {
        var version = _store.Version(table);
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            if (entry.Table != table || entry.Signature != order.Signature) continue;
            _entries.RemoveAt(i);
            if (entry.Version == version)
            {
                _entries.Insert(0, entry);
                return entry.Rows;
            }

            break;
        }

        var rows = Build(_store.Rows(table), order);
        _entries.Insert(0, new Entry(table, order.Signature, version, rows));
        if (_entries.Count > Capacity) _entries.RemoveAt(_entries.Count - 1);
        return rows;
    }

    private static StoredRow[] Build(IReadOnlyCollection<StoredRow> source, RowOrder order)
    {
        var rows = new StoredRow[source.Count];
        var n = 0;
        foreach (var row in source) rows[n++] = row;

        // Each key is read and normalised once per row, not once per comparison.
        var keys = new object?[order.Keys.Count][];
        for (var k = 0; k < keys.Length; k++)
        {
            var column = order.Keys[k].Column;
            var values = keys[k] = new object?[n];
            for (var i = 0; i < n; i++) values[i] = ValueComparison.Normalize(rows[i].Get(column));
        }

        var positions = new int[n];
        for (var i = 0; i < n; i++) positions[i] = i;
        Array.Sort(positions, (a, b) =>
        {
            for (var k = 0; k < keys.Length; k++)
            {
                var compared = ValueComparison.Compare(keys[k][a], keys[k][b]);
                if (compared != 0) return order.Keys[k].Descending ? -compared : compared;
            }

            return rows[a].Id.CompareTo(rows[b].Id);
        });

        var sorted = new StoredRow[n];
        for (var i = 0; i < n; i++) sorted[i] = rows[positions[i]];
        return sorted;
    }

    private sealed record Entry(string Table, string Signature, long Version, StoredRow[] Rows);
}
