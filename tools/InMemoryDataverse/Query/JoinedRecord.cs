using System;
using DataverseFunnel.InMemory.Store;

namespace DataverseFunnel.InMemory.Query;

/// <summary>One result row of a query: the main row plus the row (or null, for an outer join) of each link alias.</summary>
internal sealed class JoinedRecord
{
    private readonly (string Alias, StoredRow? Row)[] _links;

    public JoinedRecord(StoredRow main)
        : this(main, Array.Empty<(string, StoredRow?)>())
    {
    }

    private JoinedRecord(StoredRow main, (string Alias, StoredRow? Row)[] links)
    {
        Main = main;
        _links = links;
    }

    public StoredRow Main { get; }

    /// <summary>The row for an alias; null alias means the main table.</summary>
    public StoredRow? RowFor(string? alias)
    {
        if (alias is null) return Main;
        foreach (var link in _links)
        {
            if (string.Equals(link.Alias, alias, StringComparison.Ordinal)) return link.Row;
        }

        return null;
    }

    public JoinedRecord With(string alias, StoredRow? row)
    {
        var links = new (string, StoredRow?)[_links.Length + 1];
        Array.Copy(_links, links, _links.Length);
        links[^1] = (alias, row);
        return new JoinedRecord(Main, links);
    }
}
