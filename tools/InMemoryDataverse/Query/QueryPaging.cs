using System;
using System.Collections.Generic;
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
