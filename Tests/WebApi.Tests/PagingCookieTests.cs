using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using DataverseFunnel.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Tests;

/// <summary>
/// @odata.nextLink carries the org's paging cookie in its $skiptoken
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results), so a pull resumes after the
/// last row it read even while rows are written between its pages.
/// </summary>
public sealed class PagingCookieTests
{
    private static async Task<(JsonElement Page, string? Next)> Get(TestServer server, string url, int pageSize)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Prefer", $"odata.maxpagesize={pageSize}");
        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var page = JsonDocument.Parse(text).RootElement.Clone();
        return (page, page.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null);
    }

    private static IEnumerable<(Guid Id, string Name)> Rows(JsonElement page) =>
        page.GetProperty("value").EnumerateArray().Select(r => (r.GetProperty("accountid").GetGuid(), r.GetProperty("name").GetString()!));

    private static string SkipToken(string next)
    {
        var query = new Uri(next).Query.TrimStart('?').Split('&').Single(p => p.StartsWith("%24skiptoken=", StringComparison.Ordinal) || p.StartsWith("$skiptoken=", StringComparison.Ordinal));
        return Uri.UnescapeDataString(query.Substring(query.IndexOf('=') + 1));
    }

    [Fact]
    public async Task The_skiptoken_names_the_next_page_and_holds_the_cookie_url_encoded_twice()
    {
        await using var server = await TestServer.Start(empty: true);
        var ids = server.Org.Seed(Enumerable.Range(0, 5).Select(i => new Entity("account") { ["name"] = $"A{i}" }).ToArray());

        var (_, next) = await Get(server, "accounts?$select=name&$orderby=name", 2);

        var token = XElement.Parse(SkipToken(next!));
        Assert.Equal("2", (string?)token.Attribute("pagenumber"));
        Assert.Equal("False", (string?)token.Attribute("istracking"));
        var encoded = (string)token.Attribute("pagingcookie")!;
        Assert.StartsWith("%253Ccookie", encoded, StringComparison.OrdinalIgnoreCase);
        var cookie = XElement.Parse(Uri.UnescapeDataString(Uri.UnescapeDataString(encoded)));
        Assert.Equal("1", (string?)cookie.Attribute("page"));
        Assert.Equal("A1", (string?)cookie.Element("name")!.Attribute("last"));
        Assert.Equal("{" + ids[1].ToString().ToUpperInvariant() + "}", (string?)cookie.Element("accountid")!.Attribute("last"));
    }

    [Fact]
    public async Task A_pull_while_rows_are_created_and_deleted_between_pages_reads_each_row_once_in_order()
    {
        await using var server = await TestServer.Start(empty: true);
        var seeded = server.Org.Seed(Enumerable.Range(0, 12_000).Select(i => new Entity("account") { ["name"] = $"A{i:D5}" }).ToArray());
        var read = new List<(Guid Id, string Name)>();
        var (page, next) = await Get(server, "accounts?$select=name&$orderby=name", 5000);
        read.AddRange(Rows(page));

        // Between pages 1 and 2: two rows before the cursor, one after it, and a row of page 2 deleted.
        await server.CreateAccount("A00000b");
        await server.CreateAccount("A00001b");
        var late = await server.CreateAccount("Z-late");
        using (var deleted = await server.Client.DeleteAsync($"accounts({seeded[6000]})")) Assert.Equal(204, (int)deleted.StatusCode);
        while (next is not null)
        {
            (page, next) = await Get(server, next, 5000);
            read.AddRange(Rows(page));
        }

        Assert.Equal(read.Count, read.Select(r => r.Id).Distinct().Count());
        Assert.Equal(seeded.Where(id => id != seeded[6000]).Append(late).OrderBy(id => id), read.Select(r => r.Id).OrderBy(id => id));
        Assert.Equal(read.Select(r => r.Name).OrderBy(n => n, StringComparer.OrdinalIgnoreCase), read.Select(r => r.Name));
    }

    [Fact]
    public async Task A_skiptoken_from_another_query_pages_by_its_number()
    {
        await using var server = await TestServer.Start(empty: true);
        server.Org.Seed(Enumerable.Range(0, 6).Select(i => new Entity("account") { ["name"] = $"A{i}", ["accountnumber"] = $"N{5 - i}" }).ToArray());
        var (_, byNumber) = await Get(server, "accounts?$select=name&$orderby=accountnumber", 2);

        var (page, _) = await Get(server, "accounts?$select=name&$orderby=name&$skiptoken=" + Uri.EscapeDataString(SkipToken(byNumber!)), 2);

        Assert.Equal(new[] { "A2", "A3" }, Rows(page).Select(r => r.Name));
        using var refused = await server.Client.GetAsync("accounts?$select=name&$skiptoken=" + Uri.EscapeDataString("<cookie />"));
        Assert.Equal(400, (int)refused.StatusCode);
    }

    [Fact]
    public async Task FetchXml_pages_follow_the_paging_cookie_annotation_as_the_docs_sample_does()
    {
        await using var server = await TestServer.Start(empty: true);
        server.Org.Seed(Enumerable.Range(0, 7).Select(i => new Entity("account") { ["name"] = $"A{i}" }).ToArray());
        var fetch = XElement.Parse("<fetch count='3' page='1'><entity name='account'><attribute name='name'/><order attribute='name'/></entity></fetch>");
        var names = new List<string>();
        var pages = new List<JsonElement>();
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "accounts?fetchXml=" + Uri.EscapeDataString(fetch.ToString()));
            request.Headers.TryAddWithoutValidation("Prefer", "odata.include-annotations=\"Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords\"");
            using var response = await server.Client.SendAsync(request);
            var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            pages.Add(page);
            names.AddRange(page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("name").GetString()!));
            if (!page.TryGetProperty("@Microsoft.Dynamics.CRM.morerecords", out _)) break;
            if (pages.Count == 1) await server.CreateAccount("A0b");

            // The docs' RetrieveAll: the pagingcookie attribute, URL-decoded twice, becomes the fetch's paging-cookie.
            var token = XElement.Parse(page.GetProperty("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie").GetString()!);
            Assert.Equal((pages.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)token.Attribute("pagenumber"));
            fetch.SetAttributeValue("paging-cookie", Uri.UnescapeDataString(Uri.UnescapeDataString((string)token.Attribute("pagingcookie")!)));
            fetch.SetAttributeValue("page", pages.Count + 1);
        }

        Assert.Equal(new[] { "A0", "A1", "A2", "A3", "A4", "A5", "A6" }, names);
        Assert.Equal(3, pages.Count);
        Assert.False(pages[^1].TryGetProperty("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie", out _));
        using var plain = await server.Client.GetAsync("accounts?fetchXml=" + Uri.EscapeDataString("<fetch count='3'><entity name='account'><attribute name='name'/></entity></fetch>"));
        Assert.DoesNotContain("morerecords", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
