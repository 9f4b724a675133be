using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DataverseFunnel.InMemory.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>
/// Applies TopCount or PageInfo (Count, PageNumber, PagingCookie, ReturnTotalRecordCount) and sets MoreRecords.
/// A cookie resumes after the last id it names, as Dataverse's cookies do; otherwise the page number is used.
/// </summary>
internal static class QueryPaging
{
    private static readonly Regex LastId = new("last=\"\\{?([0-9a-fA-F-]{36})\\}?\"", RegexOptions.CultureInvariant);

    /// <summary>The page of <paramref name="rows"/> (in query order); only its rows are turned into entities by <paramref name="entity"/>.</summary>
    public static EntityCollection Page<T>(TableMetadata table, QueryExpression query, IReadOnlyList<T> rows, Func<T, Guid> id, Func<T, Entity> entity)
    {
        var result = new EntityCollection { EntityName = table.LogicalName, TotalRecordCount = -1 };
        var paging = query.PageInfo;
        if (paging is { ReturnTotalRecordCount: true }) result.TotalRecordCount = rows.Count;

        var start = 0;
        var take = rows.Count;
        var pageNumber = 1;
        if (query.TopCount is int top)
        {
            take = Math.Min(top, rows.Count);
        }
        else if (paging is { Count: > 0 })
        {
            pageNumber = Math.Max(1, paging.PageNumber);
            start = (pageNumber - 1) * paging.Count;
            if (pageNumber > 1 && paging.PagingCookie is string cookie && ResumeAfter(cookie, rows, id) is int resume) start = resume;
            start = Math.Min(start, rows.Count);
            take = Math.Min(paging.Count, rows.Count - start);
            result.MoreRecords = start + take < rows.Count;
        }

        for (var i = start; i < start + take; i++) result.Entities.Add(entity(rows[i]));
        if (paging is { Count: > 0 } && take > 0)
        {
            result.PagingCookie = $"<cookie page=\"{pageNumber}\"><{table.PrimaryIdAttribute} last=\"{{{id(rows[start + take - 1]).ToString().ToUpperInvariant()}}}\" first=\"{{{id(rows[start]).ToString().ToUpperInvariant()}}}\" /></cookie>";
        }

        return result;
    }

    /// <summary>
    /// The same page as <see cref="Page{T}"/> over <paramref name="rows"/> sorted by <paramref name="compare"/> (a total
    /// order), found by keeping only the smallest rows needed (after the cookie's last row, or up to the page's end)
    /// instead of sorting every row.
    /// </summary>
    public static EntityCollection Page(TableMetadata table, QueryExpression query, List<JoinedRecord> rows, Comparison<JoinedRecord> compare, Func<JoinedRecord, Entity> entity)
    {
        var paging = query.PageInfo;
        var result = new EntityCollection { EntityName = table.LogicalName, TotalRecordCount = paging.ReturnTotalRecordCount ? rows.Count : -1 };
        var pageNumber = Math.Max(1, paging.PageNumber);
        var skip = (pageNumber - 1) * paging.Count;
        IEnumerable<JoinedRecord> candidates = rows;
        if (pageNumber > 1 && paging.PagingCookie is string cookie && LastId.Match(cookie) is { Success: true } match
            && Guid.TryParse(match.Groups[1].Value, out var lastId) && rows.Find(r => r.Main.Id == lastId) is { } last)
        {
            candidates = rows.Where(r => compare(r, last) > 0);
            skip = 0;
        }

        // One more than the page's end tells whether more rows follow.
        var smallest = Smallest(candidates, skip + paging.Count + 1, compare);
        var take = Math.Max(0, Math.Min(paging.Count, smallest.Count - skip));
        for (var i = skip; i < skip + take; i++) result.Entities.Add(entity(smallest[i]));
        result.MoreRecords = smallest.Count > skip + paging.Count;
        if (take > 0)
        {
            result.PagingCookie = $"<cookie page=\"{pageNumber}\"><{table.PrimaryIdAttribute} last=\"{{{smallest[skip + take - 1].Main.Id.ToString().ToUpperInvariant()}}}\" first=\"{{{smallest[skip].Main.Id.ToString().ToUpperInvariant()}}}\" /></cookie>";
        }

        return result;
    }

    /// <summary>The <paramref name="count"/> smallest rows in order, kept in a bounded max-heap.</summary>
    private static List<JoinedRecord> Smallest(IEnumerable<JoinedRecord> rows, int count, Comparison<JoinedRecord> compare)
    {
        var heap = new List<JoinedRecord>(Math.Min(count, 1 << 16));
        foreach (var row in rows)
        {
            if (heap.Count < count)
            {
                heap.Add(row);
                for (var i = heap.Count - 1; i > 0 && compare(heap[(i - 1) / 2], heap[i]) < 0; i = (i - 1) / 2) (heap[i], heap[(i - 1) / 2]) = (heap[(i - 1) / 2], heap[i]);
            }
            else if (count > 0 && compare(row, heap[0]) < 0)
            {
                heap[0] = row;
                for (var i = 0; ;)
                {
                    var largest = i;
                    var left = (2 * i) + 1;
                    if (left < heap.Count && compare(heap[left], heap[largest]) > 0) largest = left;
                    if (left + 1 < heap.Count && compare(heap[left + 1], heap[largest]) > 0) largest = left + 1;
                    if (largest == i) break;
                    (heap[i], heap[largest]) = (heap[largest], heap[i]);
                    i = largest;
                }
            }
        }

        heap.Sort(compare);
        return heap;
    }

    private static int? ResumeAfter<T>(string cookie, IReadOnlyList<T> rows, Func<T, Guid> id)
    {
        var match = LastId.Match(cookie);
        if (!match.Success || !Guid.TryParse(match.Groups[1].Value, out var last)) return null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (id(rows[i]) == last) return i + 1;
        }

        return null;
    }
}
