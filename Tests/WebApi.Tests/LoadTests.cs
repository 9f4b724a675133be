using System;
using System.Linq;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.WebApi.Tests;

/// <summary>Issue 11's mixed-load budget at a smaller N: 16 clients, every write counted exactly, no undocumented status.</summary>
public sealed class LoadTests
{
    [Fact]
    public async Task Sixteen_clients_of_mixed_requests_lose_and_duplicate_no_write()
    {
        await using var server = await TestServer.Start();
        const int Clients = 16;
        const int Requests = 60;
        var journeys = await MixedLoad.CreateJourneys(server.Server.ServiceRoot, TestServer.Token, Clients, "Load");
        var transitionsBefore = journeys.ToDictionary(j => j, j => Transitions(server, j));
        var accountsBefore = server.Org.Count("account");

        var result = await MixedLoad.Run(server.Server.ServiceRoot, TestServer.Token, journeys, Requests);

        Assert.Equal(Clients * Requests, result.Statuses.Values.Sum());
        Assert.All(result.Statuses.Keys, status => Assert.Contains(status, MixedLoad.DocumentedStatuses));
        Assert.Equal(result.CreatesSent, result.CreatesAcknowledged);
        Assert.Equal(accountsBefore + result.CreatesAcknowledged, server.Org.Count("account"));
        Assert.Equal(result.CreatedIds.Count, result.CreatedIds.Distinct().Count());
        Assert.Equal(Clients * Requests / 5, result.MovesAcknowledged);
        Assert.Equal(Clients * Requests / 5, result.SkipsRefusedWithMessage);
        Assert.Equal(Clients * Requests / 5, result.BatchesAcknowledged);
        foreach (var journey in journeys)
        {
            // Every acknowledged move wrote exactly one history row; no refused skip wrote one.
            Assert.Equal(transitionsBefore[journey] + result.MovesByJourney[journey], Transitions(server, journey));
        }
    }

    private static int Transitions(TestServer server, Guid journey) =>
        server.Org.All("bowtie_stagetransition").Count(t => ((EntityReference)t["bowtie_journeyid"]!).Id == journey);
}
