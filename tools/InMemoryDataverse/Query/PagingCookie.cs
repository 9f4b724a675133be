using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Store;

namespace DataverseFunnel.InMemory.Query;

/// <summary>
/// The paging cookie of a QueryExpression/FetchXML page: for each order column of the main table, then the primary key,
/// the values of the page's last and first rows, e.g.
/// <c>&lt;cookie page="1"&gt;&lt;fullname last="…" first="…" /&gt;&lt;contactid last="{…}" first="{…}" /&gt;&lt;/cookie&gt;</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/page-results#paging-cookies). Read back, it is
/// the position after which the next page starts: "the next record after the last one on the preceding page", evaluated
/// when the page is asked for (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results#ordering-and-paging).
/// </summary>
internal static class PagingCookie
{
    public static string Write(TableMetadata table, RowOrder order, int page, StoredRow first, StoredRow last)
    {
        var cookie = new XElement("cookie", new XAttribute("page", page.ToString(CultureInfo.InvariantCulture)));
        var written = new HashSet<string>(StringComparer.Ordinal) { table.PrimaryIdAttribute };
        foreach (var key in order.Keys)
        {
            if (written.Add(key.Column)) cookie.Add(Element(key.Column, last.Get(key.Column), first.Get(key.Column)));
        }

        cookie.Add(Element(table.PrimaryIdAttribute, last.Id, first.Id));
        return cookie.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The last row's key values and id, or null when the cookie is to be ignored: absent, not for the page just before
    /// (non-consecutive pages ignore the cookie), unreadable, or not naming this query's order columns (a cookie of another
    /// query) — then the page number alone places the page, as in simple paging
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/page-large-result-sets-with-fetchxml).
    /// </summary>
    public static (object?[] Values, Guid Id)? Read(string? cookie, int pageNumber, TableMetadata table, RowOrder order)
    {
        if (string.IsNullOrEmpty(cookie) || pageNumber < 2) return null;
        XElement root;
        try
        {
            root = XElement.Parse(cookie);
        }
        catch (XmlException)
        {
            return null;
        }

        if (root.Name.LocalName != "cookie" || (string?)root.Attribute("page") != (pageNumber - 1).ToString(CultureInfo.InvariantCulture)) return null;
        if (!Guid.TryParse((string?)root.Element(table.PrimaryIdAttribute)?.Attribute("last"), out var id)) return null;
        var values = new object?[order.Keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var column = order.Keys[i].Column;
            var element = root.Element(column);
            if (column == table.PrimaryIdAttribute) values[i] = id;
            else if (element is null || table.FindColumn(column) is not { } metadata) return null;
            else if ((string?)element.Attribute("last") is not { } text) values[i] = null;
            else if (Parse(text, metadata.Type) is { } value) values[i] = value;
            else return null;
        }

        return (values, id);
    }

    private static XElement Element(string column, object? last, object? first)
    {
        var element = new XElement(column);
        if (Text(last) is { } lastText) element.Add(new XAttribute("last", lastText));
        if (Text(first) is { } firstText) element.Add(new XAttribute("first", firstText));
        return element;
    }

    /// <summary>A value as cookie text; the docs show ids in braces, upper case, and do not fix other formats (round-trip here).</summary>
    private static string? Text(object? value) => ValueComparison.Normalize(value) switch
    {
        null => null,
        Guid id => "{" + id.ToString().ToUpperInvariant() + "}",
        DateTime time => time.ToString("o", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        string text => text,
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    /// <summary>Cookie text back to the normalised value the column compares as (null: not readable as that type).</summary>
    private static object? Parse(string text, ColumnType type)
    {
        switch (type)
        {
            case ColumnType.String or ColumnType.Memo:
                return text;
            case ColumnType.Integer or ColumnType.Decimal or ColumnType.Double or ColumnType.Money or ColumnType.Choice or ColumnType.State or ColumnType.Status:
                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
            case ColumnType.Boolean:
                return text == "1" ? true : text == "0" ? false : null;
            case ColumnType.DateTime:
                return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? ValueComparison.Normalize(time) : null;
            case ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner or ColumnType.UniqueIdentifier:
                return Guid.TryParse(text, out var id) ? id : null;
            default:
                return null;
        }
    }
}
