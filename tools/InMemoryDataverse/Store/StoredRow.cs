using System;
using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Store;

/// <summary>
/// One stored record. Never mutated once stored: an update stores a new row, so a reference to a row is a free
/// snapshot (used for pre-images and for rollback).
/// </summary>
internal sealed class StoredRow
{
    public StoredRow(Guid id, Dictionary<string, object> values)
    {
        Id = id;
        Values = values;
    }

    public Guid Id { get; }

    /// <summary>Non-null column values (a null write removes the column). Values are private clones.</summary>
    public IReadOnlyDictionary<string, object> Values { get; }

    public object? Get(string column) => Values.TryGetValue(column, out var value) ? value : null;

    /// <summary>A writable copy of the values, with room for a few more columns.</summary>
    public Dictionary<string, object> CopyValues(int extraCapacity = 4)
    {
        var copy = new Dictionary<string, object>(Values.Count + extraCapacity, StringComparer.Ordinal);
        foreach (var pair in (Dictionary<string, object>)Values) copy.Add(pair.Key, pair.Value);
        return copy;
    }
}
