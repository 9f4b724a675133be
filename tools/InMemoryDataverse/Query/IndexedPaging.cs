using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>
/// A page of a paged single-table query read from the table's sorted index: with a paging cookie, a binary search to
/// the row after the cookie's position then a walk to fill the page; without one, simple paging (the earlier pages'
/// matching rows are skipped). Only the page's rows are filtered past the start and cloned.
/// </summary>
internal static class IndexedPaging
{
    public static EntityCollection Page(TableMetadata table, QueryExpression query, RowOrder order, StoredRow[] rows, Func<StoredRow, bool> matches)
    {
        var paging = query.PageInfo;
        var count = paging.Count;
        var pageNumber = Math.Max(1, paging.PageNumber);
        var result = new EntityCollection { EntityName = table.LogicalName, TotalRecordCount = -1 };
        if (paging.ReturnTotalRecordCount)
        {
            var total = 0;
            foreach (var row in rows)
            {
                if (matches(row)) total++;
            }

            result.TotalRecordCount = total;
        }

        var position = PagingCookie.Read(paging.PagingCookie, pageNumber, table, order);
        var start = position is { } after ? After(rows, order, after.Values, after.Id) : 0;
        var skip = position is null ? (long)(pageNumber - 1) * count : 0;
        var page = new List<StoredRow>(Math.Min(count, rows.Length));
        for (var i = start; i < rows.Length; i++)
        {
            if (!matches(rows[i])) continue;
            if (skip > 0)
            {
                skip--;
                continue;
            }

            if (page.Count == count)
            {
                result.MoreRecords = true;
                break;
            }

            page.Add(rows[i]);
        }

        foreach (var row in page) result.Entities.Add(QueryProjection.ToEntity(table, row, query.ColumnSet));
        if (page.Count > 0) result.PagingCookie = PagingCookie.Write(table, order, pageNumber, page[0], page[page.Count - 1]);
        return result;
    }

    /// <summary>The index of the first row strictly after the position (binary search: the rows are in <paramref name="order"/>).</summary>
    private static int After(StoredRow[] rows, RowOrder order, IReadOnlyList<object?> values, Guid id)
    {
        var low = 0;
        var high = rows.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (order.Compare(rows[middle], values, id) <= 0) low = middle + 1;
            else high = middle;
        }

        return low;
    }
}
