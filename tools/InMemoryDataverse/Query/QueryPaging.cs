using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.InMemory.Query;

/// <summary>
/// Applies TopCount or simple paging (PageInfo Count, PageNumber, ReturnTotalRecordCount) to the sorted result of a
/// query that joins tables or asks for distinct rows, and sets MoreRecords. These pages carry no paging cookie: "queries
/// sorted using a link-entity attribute may not support paging cookies … the paging model falls back to simple paging"
/// (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results#queries-that-dont-support-paging-cookies),
/// and joined or distinct rows have no single row key to resume after. Single-table pages go through <see cref="IndexedPaging"/>.
/// </summary>
internal static class QueryPaging
{
    /// <summary>The page of <paramref name="rows"/> (in query order); only its rows are turned into entities by <paramref name="entity"/>.</summary>
    public static EntityCollection Page<T>(TableMetadata table, QueryExpression query, IReadOnlyList<T> rows, Func<T, Entity> entity)
    {
        var result = new EntityCollection { EntityName = table.LogicalName, TotalRecordCount = -1 };
        var paging = query.PageInfo;
        if (paging is { ReturnTotalRecordCount: true }) result.TotalRecordCount = rows.Count;

        var start = 0;
        var take = rows.Count;
        if (query.TopCount is int top)
        {
            take = Math.Min(top, rows.Count);
        }
        else if (paging is { Count: > 0 })
        {
            start = (int)Math.Min((long)(Math.Max(1, paging.PageNumber) - 1) * paging.Count, rows.Count);
            take = Math.Min(paging.Count, rows.Count - start);
            result.MoreRecords = start + take < rows.Count;
        }

        for (var i = start; i < start + take; i++) result.Entities.Add(entity(rows[i]));
        return result;
    }
}
