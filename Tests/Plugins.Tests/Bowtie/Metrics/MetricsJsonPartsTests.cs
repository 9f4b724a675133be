using DataverseFunnel.Plugins.Bowtie.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;
using Xunit;

namespace DataverseFunnel.Plugins.Tests.Bowtie.Metrics
{
    /// <summary>
    /// The metrics JSON parts on net10.0 and net462 alike: same layout, same rounding, same number forms (the CLI's
    /// bytes are pinned against System.Text.Json in Metrics.Tests; this holds net462 to the same text).
    /// </summary>
    public class MetricsJsonPartsTests
    {
        [Fact]
        public void StagesRecurringAndWeakest_IndentedRoundedNullWhereUndefined()
        {
            var json = new JsonText();
            json.StartObject();
            MetricsJsonParts.WriteStages(json, "stages", new[]
            {
                new StageMetrics(BowtieStage.Prospect, 3, 2 / 3.0, 1.23456, null),
                new StageMetrics(BowtieStage.Mql, 2, null, null, null),
            });
            MetricsJsonParts.WriteBreakdown(json, "byMotion", new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IReadOnlyList<StageMetrics>>());
            MetricsJsonParts.WriteRecurring(json, new RecurringMetrics(1250.5m, 15006m, 1.0, 0.00001, 99.999m, 1, 0m));
            MetricsJsonParts.WriteWeakest(json, new WeakestLink(BowtieStage.Sql, BowtieStage.Commit, 0.1, 0.25, "Say \"why\" → here"));
            json.EndObject();

            Assert.Equal(
                "{\n" +
                "  \"stages\": [\n" +
                "    {\n" +
                "      \"stage\": \"Prospect\",\n" +
                "      \"volume\": 3,\n" +
                "      \"conversionToNext\": 0.666667,\n" +
                "      \"medianDaysToNext\": 1.23,\n" +
                "      \"p75DaysToNext\": null\n" +
                "    },\n" +
                "    {\n" +
                "      \"stage\": \"MQL\",\n" +
                "      \"volume\": 2,\n" +
                "      \"conversionToNext\": null,\n" +
                "      \"medianDaysToNext\": null,\n" +
                "      \"p75DaysToNext\": null\n" +
                "    }\n" +
                "  ],\n" +
                "  \"byMotion\": {},\n" +
                "  \"recurring\": {\n" +
                "    \"mrr\": 1250.5,\n" +
                "    \"arr\": 15006,\n" +
                "    \"grr\": 1,\n" +
                "    \"nrr\": 1E-05,\n" +
                "    \"ltv\": 100.00,\n" +
                "    \"offBoarded\": 1,\n" +
                "    \"lostMrr\": 0\n" +
                "  },\n" +
                "  \"weakest\": {\n" +
                "    \"from\": \"SQL\",\n" +
                "    \"to\": \"Commit\",\n" +
                "    \"conversion\": 0.1,\n" +
                "    \"target\": 0.25,\n" +
                "    \"sentence\": \"Say \\\"why\\\" → here\",\n" +
                "    \"motion\": null,\n" +
                "    \"campaign\": null\n" +
                "  }\n" +
                "}",
                json.ToString());
        }
    }
}
