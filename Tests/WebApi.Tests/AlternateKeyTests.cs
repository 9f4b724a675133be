using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using System.Xml.Linq;
using DataverseFunnel.WebApi.Tests.Support;

namespace DataverseFunnel.WebApi.Tests;

/// <summary>Alternate keys the solution declares (EntityKeys) address rows in the URL: <c>set(column='value')</c>.</summary>
public sealed class AlternateKeyTests
{
    [Fact]
    public async Task A_declared_alternate_key_reads_updates_and_upserts_a_row()
    {
        await using var server = await TestServer.Start(empty: true);
        var zip = WithCampaignKey(TestServer.Zip);
        using (var import = await server.Client.PostAsync("ImportSolution", TestServer.Json($"{{\"CustomizationFile\":\"{Convert.ToBase64String(zip)}\"}}")))
        {
            Assert.Equal(HttpStatusCode.NoContent, import.StatusCode);
        }

        var journey = await server.CreateJourney("Keyed");
        var row = await server.GetJson("bowtie_journeys(bowtie_campaign='Spring')?$select=bowtie_name");
        Assert.Equal(journey, row.GetProperty("bowtie_journeyid").GetGuid());

        using (var update = await server.Client.PatchAsync("bowtie_journeys(bowtie_campaign='Spring')", TestServer.Json("{\"bowtie_name\":\"Keyed, renamed\"}")))
        {
            Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
            Assert.Equal(journey, TestServer.IdOf(update));
        }

        Assert.Equal("Keyed, renamed", server.Org.Peek("bowtie_journey", journey)!["bowtie_name"]);
        using (var upsert = await server.Client.PatchAsync("bowtie_journeys(bowtie_campaign='Autumn')", TestServer.Json("{\"bowtie_name\":\"Upserted by key\"}")))
        {
            Assert.Equal(HttpStatusCode.NoContent, upsert.StatusCode);
            Assert.Equal("Autumn", server.Org.Peek("bowtie_journey", TestServer.IdOf(upsert))!["bowtie_campaign"]);
        }

        using var missing = await server.Client.GetAsync("bowtie_journeys(bowtie_campaign='Winter')");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var undeclared = await server.Client.GetAsync("bowtie_journeys(bowtie_name='Keyed')");
        Assert.Equal(HttpStatusCode.BadRequest, undeclared.StatusCode);
    }

    private static byte[] WithCampaignKey(byte[] zip) =>
        ZipEdit.Customize(zip, (customizations, _) =>
        {
            var journey = customizations.Root!.Elements("Entities").Elements("Entity").Single(e => e.Element("Name")!.Value.Trim() == "bowtie_journey");
            journey.Element("EntityInfo")!.Element("entity")!.Add(new XElement("EntityKeys", new XElement("EntityKey",
                new XElement("LogicalName", "bowtie_campaignkey"), new XElement("EntityKeyAttributes", new XElement("AttributeName", "bowtie_campaign")))));
        });
}
