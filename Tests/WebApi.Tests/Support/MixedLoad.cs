using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DataverseFunnel.WebApi.Tests.Support;

/// <summary>
/// A bounded load generator (issue 11's budget): <c>clients</c> concurrent HTTP clients each send <c>requests</c> mixed
/// requests — creates, stage moves, refused skips, reads and $batch change sets — in a fixed rotation, and count what the
/// server answered. Each client owns one journey, so its expected writes are exact. Shared with Tests/Benchmarks.
/// </summary>
internal static class MixedLoad
{
    /// <summary>The statuses the Web API documents for these requests.</summary>
    public static readonly int[] DocumentedStatuses = { 200, 201, 204, 400 };

    /// <summary>Forward moves that need no reason, then a documented back move (with a reason) to start over.</summary>
    private static readonly (int Stage, string? Reason)[] Cycle = { (269840001, null), (269840002, null), (269840000, "Back to nurture") };

    public sealed class Result
    {
        public ConcurrentDictionary<int, int> Statuses { get; } = new();
        public int CreatesSent;
        public int CreatesAcknowledged;
        public int MovesAcknowledged;
        public int SkipsRefusedWithMessage;
        public int BatchesAcknowledged;
        public ConcurrentDictionary<Guid, int> MovesByJourney { get; } = new();
        public ConcurrentBag<Guid> CreatedIds { get; } = new();
    }

    /// <summary>Creates one journey per client (Prospect, its prospecting task done) and returns their ids.</summary>
    public static async Task<Guid[]> CreateJourneys(Uri serviceRoot, string token, int clients, string prefix)
    {
        using var client = Client(serviceRoot, token);
        var ids = new Guid[clients];
        for (var i = 0; i < clients; i++)
        {
            using var response = await client.PostAsync("bowtie_journeys", Json($"{{\"bowtie_name\":\"{prefix} {i}\",\"bowtie_campaign\":\"Load\",\"bowtie_inbounddone\":true}}"));
            if ((int)response.StatusCode != 204) throw new InvalidOperationException($"creating a journey: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            ids[i] = IdOf(response);
        }

        return ids;
    }

    public static async Task<Result> Run(Uri serviceRoot, string token, Guid[] journeys, int requestsPerClient)
    {
        var result = new Result();
        await Task.WhenAll(journeys.Select((journey, index) => Task.Run(() => Client(serviceRoot, token, journey, index, requestsPerClient, result))));
        return result;
    }

    private static async Task Client(Uri serviceRoot, string token, Guid journey, int index, int requests, Result result)
    {
        using var client = Client(serviceRoot, token);
        var next = 0;
        var stage = 269840000;
        for (var i = 0; i < requests; i++)
        {
            HttpResponseMessage response;
            switch (i % 5)
            {
                case 0:
                    Interlocked.Increment(ref result.CreatesSent);
                    response = await client.PostAsync("accounts", Json($"{{\"name\":\"load {index}-{i}\"}}"));
                    if ((int)response.StatusCode == 204)
                    {
                        Interlocked.Increment(ref result.CreatesAcknowledged);
                        result.CreatedIds.Add(IdOf(response));
                    }

                    break;
                case 1:
                    var (to, reason) = Cycle[next];
                    response = await client.PatchAsync($"bowtie_journeys({journey})", Json(reason is null ? $"{{\"bowtie_stage\":{to}}}" : $"{{\"bowtie_stage\":{to},\"bowtie_movereason\":\"{reason}\"}}"));
                    if ((int)response.StatusCode == 204)
                    {
                        Interlocked.Increment(ref result.MovesAcknowledged);
                        result.MovesByJourney.AddOrUpdate(journey, 1, (_, n) => n + 1);
                        next = (next + 1) % Cycle.Length;
                        stage = to;
                    }

                    break;
                case 2:
                    // Two stages ahead without a reason: the stage guard refuses it (only from Prospect is that a skip here).
                    var skipTo = stage == 269840000 ? 269840002 : 269840004;
                    response = await client.PatchAsync($"bowtie_journeys({journey})", Json($"{{\"bowtie_stage\":{skipTo}}}"));
                    if ((int)response.StatusCode == 400 && (await response.Content.ReadAsStringAsync()).Contains("one stage at a time", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref result.SkipsRefusedWithMessage);
                    }

                    break;
                case 3:
                    response = await client.GetAsync($"bowtie_journeys({journey})?$select=bowtie_stage");
                    break;
                default:
                    var batch = new StringBuilder();
                    batch.Append("--batch_L\r\nContent-Type: multipart/mixed; boundary=changeset_L\r\n\r\n");
                    batch.Append("--changeset_L\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: 1\r\n\r\n");
                    batch.Append($"POST {serviceRoot}accounts HTTP/1.1\r\nContent-Type: application/json; type=entry\r\n\r\n{{\"name\":\"batch {index}-{i}\"}}\r\n");
                    batch.Append("--changeset_L--\r\n--batch_L--\r\n");
                    var content = new StringContent(batch.ToString(), Encoding.UTF8);
                    content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/mixed; boundary=batch_L");
                    Interlocked.Increment(ref result.CreatesSent);
                    response = await client.PostAsync("$batch", content);
                    if ((int)response.StatusCode == 200 && (await response.Content.ReadAsStringAsync()).Contains("HTTP/1.1 204", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref result.BatchesAcknowledged);
                        Interlocked.Increment(ref result.CreatesAcknowledged);
                    }

                    break;
            }

            result.Statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            response.Dispose();
        }
    }

    /// <summary>The id in a response's OData-EntityId header.</summary>
    public static Guid IdOf(HttpResponseMessage response)
    {
        var location = response.Headers.GetValues("OData-EntityId").Single();
        var open = location.LastIndexOf('(');
        return Guid.Parse(location.Substring(open + 1, location.Length - open - 2));
    }

    public static HttpClient Client(Uri serviceRoot, string token)
    {
        var client = new HttpClient { BaseAddress = serviceRoot };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
