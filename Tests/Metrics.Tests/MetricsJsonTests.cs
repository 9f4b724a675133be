using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DataverseFunnel.Metrics;

namespace DataverseFunnel.Metrics.Tests
{
    public class MetricsJsonTests
    {
        [Fact]
        public void Write_SmallBowtie_HasTheContractShape()
        {
            using var json = JsonDocument.Parse(MetricsJsonWriter.ToJson(Fixtures.Compute(Fixtures.SmallBowtie)));
            var root = json.RootElement;

            Assert.Equal(new[] { "window", "stages", "byMotion", "byCampaign", "recurring", "weakest" },
                root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(new[] { "stage", "volume", "conversionToNext", "medianDaysToNext", "p75DaysToNext" },
                root.GetProperty("stages")[0].EnumerateObject().Select(p => p.Name));
            Assert.Equal(new[] { "Prospect", "MQL", "SQL", "Commit", "Live", "Recurring", "LTV" },
                root.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("stage").GetString()));
            Assert.Equal(new[] { "mrr", "arr", "grr", "nrr", "ltv", "offBoarded", "lostMrr" },
                root.GetProperty("recurring").EnumerateObject().Select(p => p.Name));
            Assert.Equal(new[] { "from", "to", "conversion", "target", "sentence", "motion", "campaign" },
                root.GetProperty("weakest").EnumerateObject().Select(p => p.Name));
            Assert.Equal(5, root.GetProperty("stages")[0].GetProperty("volume").GetInt64());
            Assert.Equal(0.666667, root.GetProperty("stages")[2].GetProperty("conversionToNext").GetDouble());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("stages")[6].GetProperty("conversionToNext").ValueKind);
            Assert.Equal(JsonValueKind.Null, root.GetProperty("recurring").GetProperty("nrr").ValueKind);
            Assert.Equal(2466.67m, root.GetProperty("recurring").GetProperty("ltv").GetDecimal());
            Assert.Equal(0, root.GetProperty("window").GetProperty("skipped").GetInt64());
            Assert.Equal(7, root.GetProperty("byMotion").GetProperty("Inbound").GetArrayLength());
        }

        [Fact]
        public void Read_WhatWriteWrote_WritesTheSameBytes()
        {
            var json = MetricsJsonWriter.ToJson(Fixtures.Compute(Fixtures.Retention,
                new MetricsOptions { From = new System.DateOnly(2024, 2, 1), To = new System.DateOnly(2024, 12, 31) }));

            var read = MetricsJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

            Assert.Equal(json, MetricsJsonWriter.ToJson(read));
        }

        [Fact]
        public void Read_WeakestWithTheNamedGroups_RoundTrips_AndADocumentFromBeforeThemStillReads()
        {
            var json = MetricsJsonWriter.ToJson(Fixtures.CampaignGap());
            var read = MetricsJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
            Assert.Equal("Outbound", read.Weakest!.Motion!.Name);
            Assert.Equal("Cold", read.Weakest.Campaign!.Name);

            // metrics.json written before the motion and campaign keys existed.
            var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
            node["weakest"]!.AsObject().Remove("motion");
            node["weakest"]!.AsObject().Remove("campaign");
            var old = MetricsJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(node.ToJsonString())));

            Assert.Null(old.Weakest!.Motion);
            Assert.Null(old.Weakest.Campaign);
            Assert.Equal(read.Weakest.Sentence, old.Weakest.Sentence);
        }

        [Fact]
        public void Read_NotAMetricsDocument_FailsWithOneMessage()
        {
            var error = Assert.Throws<System.FormatException>(
                () => MetricsJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("""{"stages": []}"""))));

            Assert.StartsWith("Not a metrics document", error.Message);
        }
    }
}
