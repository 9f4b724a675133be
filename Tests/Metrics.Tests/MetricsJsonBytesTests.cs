using System;
using DataverseFunnel.Metrics.Tests.Reference;
using Xunit;

namespace DataverseFunnel.Metrics.Tests
{
    /// <summary>
    /// The hand-written JSON writer (plain C#, shared with the net462 plugins) writes exactly the bytes System.Text.Json
    /// wrote before the move, on every fixture and on names that need escaping.
    /// </summary>
    public class MetricsJsonBytesTests
    {
        public static TheoryData<string> Documents() => new()
        {
            nameof(Fixtures.SmallBowtie), nameof(Fixtures.Retention), "RetentionWindow", nameof(Fixtures.CampaignGap), "Escapes", "Empty",
        };

        [Theory]
        [MemberData(nameof(Documents))]
        public void ToJson_SameBytesAsUtf8JsonWriter(string document)
        {
            var metrics = Metrics(document);

            Assert.Equal(Utf8MetricsJsonWriter.ToJson(metrics), MetricsJsonWriter.ToJson(metrics));
        }

        private static BowtieMetrics Metrics(string document) => document switch
        {
            nameof(Fixtures.SmallBowtie) => Fixtures.Compute(Fixtures.SmallBowtie),
            nameof(Fixtures.Retention) => Fixtures.Compute(Fixtures.Retention),
            "RetentionWindow" => Fixtures.Compute(Fixtures.Retention,
                new MetricsOptions { From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 12, 31) }),
            nameof(Fixtures.CampaignGap) => Fixtures.CampaignGap(),
            "Escapes" => Fixtures.Prospecting(
                (200, 60, "In\"bound\\", "Spring \t tab"), (300, 20, "Out\u0001bound", "Événement → été 😀")),
            "Empty" => new MetricsBuilder().Build(),
            _ => throw new ArgumentOutOfRangeException(nameof(document)),
        };
    }
}
