using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Tests;

public sealed class QueryTests
{
    private static async Task<TestServer> WithAccounts()
    {
        var server = await TestServer.Start(empty: true);
        var names = new[] { "Alpha", "Beta", "Gamma", "Delta", "Epsilon 100%" };
        for (var i = 0; i < names.Length; i++)
        {
            var account = new Entity("account") { ["name"] = names[i] };
            if (i % 2 == 0) account["accountnumber"] = "EVEN";
            server.Org.Seed(account);
        }

        return server;
    }

    private static string[] Names(JsonElement page) =>
        page.GetProperty("value").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray();

    [Theory]
    [InlineData("name eq 'Beta'", "Beta")]
    [InlineData("name ne 'Beta' and name lt 'D'", "Alpha")]
    [InlineData("name gt 'Delta' and name le 'Gamma'", "Epsilon 100%,Gamma")]
    [InlineData("name ge 'Gamma'", "Gamma")]
    [InlineData("contains(name,'lt')", "Delta")]
    [InlineData("startswith(name,'Ga') or endswith(name,'ta')", "Beta,Delta,Gamma")]
    [InlineData("not contains(name,'a')", "Epsilon 100%")]
    [InlineData("not (name eq 'Alpha' or name eq 'Beta')", "Delta,Epsilon 100%,Gamma")]
    [InlineData("accountnumber eq null", "Beta,Delta")]
    [InlineData("accountnumber ne null and name ne 'Alpha'", "Epsilon 100%,Gamma")]
    [InlineData("contains(name,'100%')", "Epsilon 100%")]
    public async Task Filter_operators_select_the_rows_they_name(string filter, string expected)
    {
        await using var server = await WithAccounts();
        var page = await server.GetJson($"accounts?$select=name&$orderby=name&$filter={Uri.EscapeDataString(filter)}");
        Assert.Equal(expected, string.Join(",", Names(page)));
    }

    [Fact]
    public async Task Orderby_top_count_and_select_shape_the_answer()
    {
        await using var server = await WithAccounts();
        var page = await server.GetJson("accounts?$select=name&$orderby=name desc&$top=2&$count=true");
        Assert.Equal(new[] { "Gamma", "Epsilon 100%" }, Names(page));
        Assert.Equal(5, page.GetProperty("@odata.count").GetInt32());
        var first = page.GetProperty("value")[0];
        Assert.Equal(new[] { "accountid", "name" }, first.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("$filter=name eq", "$filter")]
    [InlineData("$filter=nosuchcolumn eq 1", "nosuchcolumn")]
    [InlineData("$select=nosuchcolumn", "nosuchcolumn")]
    [InlineData("$orderby=nosuchcolumn", "nosuchcolumn")]
    public async Task A_bad_query_option_is_400_naming_the_problem(string query, string named)
    {
        await using var server = await WithAccounts();
        using var response = await server.Client.GetAsync("accounts?" + query.Replace(" ", "%20", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await TestServer.Error(response)).GetProperty("message").GetString();
        Assert.Contains(named.TrimStart('$'), message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_entity_set_is_404_resource_not_found_for_the_segment()
    {
        await using var server = await TestServer.Start(empty: true);
        using var response = await server.Client.GetAsync("Account");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = await TestServer.Error(response);
        Assert.Equal("0x8006088a", error.GetProperty("code").GetString());
        Assert.Equal("Resource not found for the segment 'Account'.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Expand_follows_a_lookup_and_a_one_to_many_relationship_one_level()
    {
        await using var server = await TestServer.Start();
        var journey = await server.CreateJourney("Lookup");
        using (var move = await server.Client.PatchAsync($"bowtie_journeys({journey})", TestServer.Json("{\"bowtie_stage\":269840001}")))
        {
            Assert.Equal(HttpStatusCode.NoContent, move.StatusCode);
        }

        var row = await server.GetJson($"bowtie_journeys({journey})?$select=bowtie_name&$expand=bowtie_customerid_account($select=name)");
        Assert.Equal("Lookup Ltd", row.GetProperty("bowtie_customerid_account").GetProperty("name").GetString());
        var model = server.Server.Host.Current.Model.ByTable("bowtie_journey")!;
        var history = model.Collections.Single(c => c.Value.ReferencingEntity == "bowtie_stagetransition").Key;
        var withHistory = await server.GetJson($"bowtie_journeys({journey})?$select=bowtie_name&$expand={history}");
        Assert.Equal(server.Org.All("bowtie_stagetransition").Count(t => ((EntityReference)t["bowtie_journeyid"]!).Id == journey),
            withHistory.GetProperty(history).GetArrayLength());
        Assert.True(withHistory.GetProperty(history).GetArrayLength() >= 1);
    }

    [Fact]
    public async Task FetchXml_on_an_entity_set_runs_the_fetch()
    {
        await using var server = await WithAccounts();
        var fetch = "<fetch><entity name='account'><attribute name='name'/><filter><condition attribute='name' operator='like' value='%a'/></filter><order attribute='name'/></entity></fetch>";
        var page = await server.GetJson("accounts?fetchXml=" + Uri.EscapeDataString(fetch));
        Assert.Equal(new[] { "Alpha", "Beta", "Delta", "Gamma" }, Names(page));
    }

    [Fact]
    public async Task FetchXml_of_another_table_is_400()
    {
        await using var server = await WithAccounts();
        using var response = await server.Client.GetAsync("accounts?fetchXml=" + Uri.EscapeDataString("<fetch><entity name='contact'/></fetch>"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
