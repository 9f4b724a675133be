using System;
using System.Linq;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Tests.Support;
using Xunit.Abstractions;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Tests;

/// <summary>
/// Issue 11's mixed-load budget at a smaller N: 16 clients, every write counted exactly, no undocumented status. The full
/// budget (16 × 1,000) is the same test with <c>WEBAPI_LOAD_REQUESTS=1000</c>; it also prints the managed heap before and after.
/// </summary>
public sealed class LoadTests
{
    private readonly ITestOutputHelper _output;

    public LoadTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task Sixteen_clients_of_mixed_requests_lose_and_duplicate_no_write()
    {
        await using var server = await TestServer.Start();
        const int Clients = 16;
        var requests = int.TryParse(Environment.GetEnvironmentVariable("WEBAPI_LOAD_REQUESTS"), out var n) && n > 0 ? n - n % 5 : 60;
        var journeys = await MixedLoad.CreateJourneys(server.Server.ServiceRoot, TestServer.Token, Clients, "Load");
        var transitionsBefore = journeys.ToDictionary(j => j, j => Transitions(server, j));
        var accountsBefore = server.Org.Count("account");

        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await MixedLoad.Run(server.Server.ServiceRoot, TestServer.Token, journeys, requests);
        watch.Stop();
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        _output.WriteLine($"{Clients} clients x {requests} requests in {watch.Elapsed.TotalSeconds:0.0} s; managed heap {heapBefore / 1048576.0:0.0} MB before, {heapAfter / 1048576.0:0.0} MB after; rows: {server.Org.Count("account")} accounts, {server.Org.Count("bowtie_stagetransition")} transitions");

        Assert.Equal(Clients * requests, result.Statuses.Values.Sum());
        Assert.All(result.Statuses.Keys, status => Assert.Contains(status, MixedLoad.DocumentedStatuses));
        Assert.Equal(result.CreatesSent, result.CreatesAcknowledged);
        Assert.Equal(accountsBefore + result.CreatesAcknowledged, server.Org.Count("account"));
        Assert.Equal(result.CreatedIds.Count, result.CreatedIds.Distinct().Count());
        Assert.Equal(Clients * requests / 5, result.MovesAcknowledged);
        Assert.Equal(Clients * requests / 5, result.SkipsRefusedWithMessage);
        Assert.Equal(Clients * requests / 5, result.BatchesAcknowledged);
        foreach (var journey in journeys)
        {
            // Every acknowledged move wrote exactly one history row; no refused skip wrote one.
            Assert.Equal(transitionsBefore[journey] + result.MovesByJourney[journey], Transitions(server, journey));
        }
    }

    private static int Transitions(TestServer server, Guid journey) =>
        server.Org.All("bowtie_stagetransition").Count(t => ((EntityReference)t["bowtie_journeyid"]!).Id == journey);
}
