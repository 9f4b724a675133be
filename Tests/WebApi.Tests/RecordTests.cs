using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Tests.Support;

namespace DataverseFunnel.WebApi.Tests;

public sealed class RecordTests
{
    [Fact]
    public async Task Post_answers_204_with_OData_EntityId_and_the_row_is_stored()
    {
        await using var server = await TestServer.Start(empty: true);
        var id = await server.CreateAccount("Contoso");
        Assert.Equal("Contoso", server.Org.Peek("account", id)!["name"]);
        var row = await server.GetJson($"accounts({id})");
        Assert.Equal("Contoso", row.GetProperty("name").GetString());
        Assert.Equal(id, row.GetProperty("accountid").GetGuid());
    }

    [Fact]
    public async Task Post_with_return_representation_answers_201_with_the_row()
    {
        await using var server = await TestServer.Start(empty: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, "accounts?$select=name") { Content = TestServer.Json("{\"name\":\"Fabrikam\"}") };
        request.Headers.Add("Prefer", "return=representation");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var row = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Fabrikam", row.GetProperty("name").GetString());
        Assert.Equal(TestServer.IdOf(response), row.GetProperty("accountid").GetGuid());
    }

    [Fact]
    public async Task Patch_updates_upserts_and_honours_If_Match_and_If_None_Match()
    {
        await using var server = await TestServer.Start(empty: true);
        var id = await server.CreateAccount("Old");
        using (var update = await server.Client.PatchAsync($"accounts({id})", TestServer.Json("{\"name\":\"New\"}")))
        {
            Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        }

        Assert.Equal("New", server.Org.Peek("account", id)!["name"]);

        var fresh = Guid.NewGuid();
        using (var onlyUpdate = new HttpRequestMessage(HttpMethod.Patch, $"accounts({fresh})") { Content = TestServer.Json("{\"name\":\"X\"}") })
        {
            onlyUpdate.Headers.TryAddWithoutValidation("If-Match", "*");
            using var response = await server.Client.SendAsync(onlyUpdate);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Null(server.Org.Peek("account", fresh));
        using (var upsert = await server.Client.PatchAsync($"accounts({fresh})", TestServer.Json("{\"name\":\"Upserted\"}")))
        {
            Assert.Equal(HttpStatusCode.NoContent, upsert.StatusCode);
        }

        Assert.Equal("Upserted", server.Org.Peek("account", fresh)!["name"]);
        using (var onlyCreate = new HttpRequestMessage(HttpMethod.Patch, $"accounts({fresh})") { Content = TestServer.Json("{\"name\":\"Again\"}") })
        {
            onlyCreate.Headers.TryAddWithoutValidation("If-None-Match", "*");
            using var response = await server.Client.SendAsync(onlyCreate);
            Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        }

        Assert.Equal("Upserted", server.Org.Peek("account", fresh)!["name"]);
    }

    [Fact]
    public async Task Delete_removes_the_row_and_a_second_get_is_404()
    {
        await using var server = await TestServer.Start(empty: true);
        var id = await server.CreateAccount("Gone");
        using (var delete = await server.Client.DeleteAsync($"accounts({id})"))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        using var get = await server.Client.GetAsync($"accounts({id})");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("0x80040217", (await TestServer.Error(get)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_journey_created_with_odata_bind_shows_its_lookup_as_value_and_choices_with_formatted_values()
    {
        await using var server = await TestServer.Start();
        var journey = await server.CreateJourney("Northwind");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"bowtie_journeys({journey})?$select=bowtie_name,bowtie_stage,_bowtie_customerid_value");
        request.Headers.Add("Prefer", "odata.include-annotations=\"*\"");
        using var response = await server.Client.SendAsync(request);
        var row = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(269840000, row.GetProperty("bowtie_stage").GetInt32());
        Assert.Equal("Prospect", row.GetProperty("bowtie_stage@OData.Community.Display.V1.FormattedValue").GetString());
        Assert.Equal("account", row.GetProperty("_bowtie_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname").GetString());
        var account = row.GetProperty("_bowtie_customerid_value").GetGuid();
        Assert.Equal("Northwind Ltd", server.Org.Peek("account", account)!["name"]);
        Assert.False(row.TryGetProperty("bowtie_campaign", out _));
    }

    [Fact]
    public async Task Without_the_annotations_preference_no_formatted_value_is_sent()
    {
        await using var server = await TestServer.Start();
        var journey = await server.CreateJourney("Plain");
        var row = await server.GetJson($"bowtie_journeys({journey})");
        Assert.Equal(269840000, row.GetProperty("bowtie_stage").GetInt32());
        Assert.False(row.TryGetProperty("bowtie_stage@OData.Community.Display.V1.FormattedValue", out _));
    }

    [Fact]
    public async Task A_stage_skip_by_patch_is_refused_with_the_sellers_message_and_nothing_changes()
    {
        await using var server = await TestServer.Start();
        var journey = await server.CreateJourney("Skipper");
        using var response = await server.Client.PatchAsync($"bowtie_journeys({journey})", TestServer.Json("{\"bowtie_stage\":269840002}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await TestServer.Error(response);
        Assert.Equal("0x80040265", error.GetProperty("code").GetString());
        Assert.StartsWith("A journey moves one stage at a time: from Prospect the next stage is MQL, so moving to SQL would skip MQL.", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(269840000, ((Microsoft.Xrm.Sdk.OptionSetValue)server.Org.Peek("bowtie_journey", journey)!["bowtie_stage"]!).Value);

        using var move = await server.Client.PatchAsync($"bowtie_journeys({journey})", TestServer.Json("{\"bowtie_stage\":269840001}"));
        Assert.Equal(HttpStatusCode.NoContent, move.StatusCode);
        var history = await server.GetJson($"bowtie_stagetransitions?$filter=_bowtie_journeyid_value eq {journey}");
        Assert.True(history.GetProperty("value").GetArrayLength() >= 1);
    }
}
