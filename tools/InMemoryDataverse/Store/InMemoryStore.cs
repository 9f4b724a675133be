using System;
using System.Collections.Generic;

namespace DataverseFunnel.InMemory.Store;

/// <summary>
/// Tables of immutable rows, keyed by table logical name then id. Knows nothing about plugins or metadata.
/// While a journal is open every write records the row it replaced, so rolling back is undoing those few entries
/// rather than cloning the whole store per request. Every change to a table moves its version, so a cache built from a
/// table (the query engine's sorted indexes) knows when it is stale.
/// </summary>
internal sealed class InMemoryStore
{
    private readonly Dictionary<string, Dictionary<Guid, StoredRow>> _tables = new(StringComparer.Ordinal);
    private readonly List<UndoEntry> _journal = new();
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private long _lastVersion;
    private bool _journaling;

    public StoredRow? Find(string table, Guid id) =>
        _tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row : null;

    public bool Contains(string table, Guid id) => _tables.TryGetValue(table, out var rows) && rows.ContainsKey(id);

    /// <summary>The rows of a table in insertion order (until rows are removed).</summary>
    public IReadOnlyCollection<StoredRow> Rows(string table) =>
        _tables.TryGetValue(table, out var rows) ? rows.Values : Array.Empty<StoredRow>();

    public int Count(string table) => _tables.TryGetValue(table, out var rows) ? rows.Count : 0;

    /// <summary>Changes whenever a row of the table is put, removed, rolled back or restored (never repeats).</summary>
    public long Version(string table) => _versions.TryGetValue(table, out var version) ? version : 0;

    /// <summary>Inserts or replaces a row.</summary>
    public void Put(string table, StoredRow row)
    {
        var rows = TableFor(table);
        if (_journaling)
        {
            rows.TryGetValue(row.Id, out var previous);
            _journal.Add(new UndoEntry(table, row.Id, previous));
        }

        rows[row.Id] = row;
        Touch(table);
    }

    public bool Remove(string table, Guid id)
    {
        if (!_tables.TryGetValue(table, out var rows) || !rows.Remove(id, out var previous)) return false;
        if (_journaling) _journal.Add(new UndoEntry(table, id, previous));
        Touch(table);
        return true;
    }

    /// <summary>Starts recording undo entries; returns the mark to roll back to.</summary>
    public int OpenJournal()
    {
        _journaling = true;
        return _journal.Count;
    }

    /// <summary>The current journal position (a savepoint inside an open journal).</summary>
    public int JournalMark => _journal.Count;

    /// <summary>Undoes every write recorded after <paramref name="mark"/>, newest first.</summary>
    public void RollbackTo(int mark)
    {
        for (var i = _journal.Count - 1; i >= mark; i--)
        {
            var entry = _journal[i];
            var rows = TableFor(entry.Table);
            if (entry.Previous is null) rows.Remove(entry.Id);
            else rows[entry.Id] = entry.Previous;
            Touch(entry.Table);
        }

        _journal.RemoveRange(mark, _journal.Count - mark);
    }

    /// <summary>Keeps every write and stops recording.</summary>
    public void CloseJournal()
    {
        _journal.Clear();
        _journaling = false;
    }

    /// <summary>A copy of the table maps (rows are shared: they are immutable).</summary>
    public StoreSnapshot Snapshot()
    {
        var copy = new Dictionary<string, Dictionary<Guid, StoredRow>>(StringComparer.Ordinal);
        foreach (var pair in _tables) copy[pair.Key] = new Dictionary<Guid, StoredRow>(pair.Value);
        return new StoreSnapshot(copy);
    }

    public void Restore(StoreSnapshot snapshot)
    {
        foreach (var table in _tables.Keys) Touch(table);
        foreach (var table in snapshot.Tables.Keys) Touch(table);
        _tables.Clear();
        foreach (var pair in snapshot.Tables) _tables[pair.Key] = new Dictionary<Guid, StoredRow>(pair.Value);
        _journal.Clear();
        _journaling = false;
    }

    private void Touch(string table) => _versions[table] = ++_lastVersion;

    private Dictionary<Guid, StoredRow> TableFor(string table)
    {
        if (!_tables.TryGetValue(table, out var rows))
        {
            rows = new Dictionary<Guid, StoredRow>();
            _tables.Add(table, rows);
        }

        return rows;
    }

    private readonly record struct UndoEntry(string Table, Guid Id, StoredRow? Previous);
}
