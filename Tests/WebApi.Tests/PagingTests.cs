using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Tests;

public sealed class PagingTests
{
    private static async Task<(List<Guid> Ids, int Pages, int? FirstPageSize)> ReadAll(TestServer server, string url, string? prefer)
    {
        var ids = new List<Guid>();
        var pages = 0;
        int? first = null;
        string? next = url;
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            if (prefer is not null) request.Headers.Add("Prefer", prefer);
            using var response = await server.Client.SendAsync(request);
            var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var rows = page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("accountid").GetGuid()).ToList();
            first ??= rows.Count;
            ids.AddRange(rows);
            pages++;
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        return (ids, pages, first);
    }

    [Fact]
    public async Task Paging_through_12000_rows_returns_each_row_once_in_pages_of_at_most_5000()
    {
        await using var server = await TestServer.Start(empty: true);
        var seeded = server.Org.Seed(Enumerable.Range(0, 12_000).Select(i => new Entity("account") { ["name"] = $"A{i:D5}" }).ToArray());
        var (ids, pages, first) = await ReadAll(server, "accounts?$select=accountid", null);
        Assert.Equal(3, pages);
        Assert.Equal(5000, first);
        Assert.Equal(12_000, ids.Distinct().Count());
        Assert.Equal(seeded.OrderBy(i => i).ToList(), ids.OrderBy(i => i).ToList());
    }

    [Fact]
    public async Task Maxpagesize_sets_the_page_and_count_caps_at_5000()
    {
        await using var server = await TestServer.Start(empty: true);
        server.Org.Seed(Enumerable.Range(0, 6_001).Select(i => new Entity("account") { ["name"] = $"B{i:D5}" }).ToArray());
        var (ids, pages, first) = await ReadAll(server, "accounts?$select=accountid&$orderby=name", "odata.maxpagesize=2500");
        Assert.Equal(2500, first);
        Assert.Equal(3, pages);
        Assert.Equal(6_001, ids.Distinct().Count());
        var counted = await server.GetJson("accounts?$select=accountid&$count=true");
        Assert.Equal(5000, counted.GetProperty("@odata.count").GetInt32());
    }
}
