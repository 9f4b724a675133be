using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Tests;

public sealed class BatchTests
{
    [Fact]
    public async Task A_change_set_commits_every_part_and_a_later_part_can_refer_to_an_earlier_one()
    {
        await using var server = await TestServer.Start(empty: true);
        var batch = new Batch().BeginChangeSet()
            .Add("POST", "/api/data/v9.2/accounts", "{\"name\":\"One\"}")
            .Add("PATCH", "$1", "{\"name\":\"One, renamed\"}")
            .Add("POST", "/api/data/v9.2/accounts", "{\"name\":\"Two\"}")
            .EndChangeSet()
            .Add("GET", "/api/data/v9.2/accounts?$select=name&$orderby=name");
        using var response = await server.Client.PostAsync("$batch", batch.Build());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.StartsWith("multipart/mixed", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Equal(new[] { "One, renamed", "Two" }, server.Org.All("account").Select(a => (string)a["name"]!).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(3, text.Split("HTTP/1.1 204 No Content").Length - 1);
        Assert.Contains("\"name\":\"One, renamed\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_part_rolls_back_its_whole_change_set_and_stops_the_batch()
    {
        await using var server = await TestServer.Start();
        var journey = await server.CreateJourney("Batch");
        var accountsBefore = server.Org.Count("account");
        var batch = new Batch().BeginChangeSet()
            .Add("POST", "/api/data/v9.2/accounts", "{\"name\":\"Rolled back\"}")
            .Add("PATCH", $"/api/data/v9.2/bowtie_journeys({journey})", "{\"bowtie_stage\":269840003}")
            .EndChangeSet()
            .Add("POST", "/api/data/v9.2/accounts", "{\"name\":\"Never run\"}");
        using var response = await server.Client.PostAsync("$batch", batch.Build());
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("HTTP/1.1 400 Bad Request", text, StringComparison.Ordinal);
        Assert.Contains("one stage at a time", text, StringComparison.Ordinal);
        Assert.Equal(accountsBefore, server.Org.Count("account"));
        Assert.DoesNotContain(server.Org.All("account"), a => (string?)a["name"] is "Rolled back" or "Never run");
        Assert.Equal(269840000, ((OptionSetValue)server.Org.Peek("bowtie_journey", journey)!["bowtie_stage"]!).Value);
    }

    [Fact]
    public async Task With_continue_on_error_the_batch_runs_on_and_answers_200()
    {
        await using var server = await TestServer.Start(empty: true);
        var batch = new Batch()
            .Add("POST", "/api/data/v9.2/accounts", "{\"nosuch\":1}")
            .Add("POST", "/api/data/v9.2/accounts", "{\"name\":\"After\"}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = batch.Build() };
        request.Headers.Add("Prefer", "odata.continue-on-error");
        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("HTTP/1.1 400 Bad Request", text, StringComparison.Ordinal);
        Assert.Equal("After", server.Org.All("account").Single()["name"]);
    }

    [Fact]
    public async Task A_get_inside_a_change_set_is_refused()
    {
        await using var server = await TestServer.Start(empty: true);
        var batch = new Batch().BeginChangeSet()
            .Add("POST", "/api/data/v9.2/accounts", "{\"name\":\"X\"}")
            .Add("GET", "/api/data/v9.2/accounts")
            .EndChangeSet();
        using var response = await server.Client.PostAsync("$batch", batch.Build());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, server.Org.Count("account"));
    }
}
