using System;
using System.IO;
using System.Text.Json;
using DataverseFunnel.Cli;

namespace DataverseFunnel.Funnel.Tests
{
    /// <summary>
    /// <c>funnel metrics</c> end to end through Program.Run. Console is process-wide, so every test that redirects it
    /// belongs to the one "Console" collection (no two run at once).
    /// </summary>
    [Collection("Console")]
    public sealed class MetricsCommandTests : IDisposable
    {
        // Two journeys: a (Inbound) walks Prospect → MQL → SQL; b (Outbound) is created and found not a fit.
        // Prospect 2, MQL 1 (50 %), SQL 1 (100 %); Prospect→MQL 4 days, MQL→SQL 6 days.
        private const string Transitions = """
            journey_id,from_stage,to_stage,moved_on,motion,campaign,mrr
            a,,Prospect,2025-01-01T00:00:00Z,Inbound,Spring,0
            b,,Prospect,2025-01-02T00:00:00Z,Outbound,Spring,0
            a,Prospect,MQL,2025-01-05T00:00:00Z,Inbound,Spring,0
            b,Prospect,Not a fit,2025-01-06T00:00:00Z,Outbound,Spring,0
            a,MQL,SQL,2025-01-11T00:00:00Z,Inbound,Spring,0
            """;

        private readonly string folder = Path.Combine(Path.GetTempPath(), $"metrics-cli-{Guid.NewGuid():N}");

        public MetricsCommandTests() => Directory.CreateDirectory(folder);

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Fact]
        public void Run_Transitions_PrintsTheBowtieTable()
        {
            var (exit, output, _) = Cli.Run("metrics", "--transitions", Write("t.csv", Transitions));

            Assert.Equal(0, exit);
            Assert.Contains("Bowtie: all 2 journeys", output);
            Assert.Matches(@"Prospect\s+2\s+50 %\s+4\.0\s+4\.0", output);
            Assert.Matches(@"MQL\s+1\s+100 %\s+6\.0\s+6\.0", output);
            Assert.Contains("By motion", output);
            Assert.Contains("Weakest link:", output);
        }

        [Fact]
        public void Run_Json_WritesTheContractDocument()
        {
            var (exit, output, _) = Cli.Run("metrics", "--transitions", Write("t.csv", Transitions), "--json");

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            var stages = json.RootElement.GetProperty("stages");
            Assert.Equal(2, stages[0].GetProperty("volume").GetInt64());
            Assert.Equal(0.5, stages[0].GetProperty("conversionToNext").GetDouble());
            Assert.Equal(6.0, stages[1].GetProperty("medianDaysToNext").GetDouble());
            Assert.True(json.RootElement.GetProperty("byMotion").TryGetProperty("Outbound", out _));
        }

        [Fact]
        public void Run_ByCampaignAndWindow_FiltersTheCohort()
        {
            // Only b was created on 2025-01-02.
            var (exit, output, _) = Cli.Run("metrics", "--transitions", Write("t.csv", Transitions), "--from", "2025-01-02",
                "--to", "2025-01-31", "--by", "campaign");

            Assert.Equal(0, exit);
            Assert.Contains("1 journeys created 2025-01-02 to 2025-01-31", output);
            Assert.Contains("By campaign", output);
        }

        [Fact]
        public void Run_BadRow_OneLineNamingTheLineExitOne()
        {
            var path = Write("bad.csv", Transitions + "\na,SQL,Won,2025-01-12T00:00:00Z,Inbound,Spring,0\n");

            var (exit, _, error) = Cli.Run("metrics", "--transitions", path);

            Assert.Equal(1, exit);
            Assert.Single(error.Trim().Split('\n'));
            Assert.Contains("line 7: unknown stage 'Won' in to_stage", error);
        }

        [Fact]
        public void Run_BadRowLenient_CountsItAsSkipped()
        {
            var path = Write("bad.csv", Transitions + "\na,SQL,Won,2025-01-12T00:00:00Z,Inbound,Spring,0\n");

            var (exit, output, _) = Cli.Run("metrics", "--transitions", path, "--lenient", "--json");

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            Assert.Equal(1, json.RootElement.GetProperty("window").GetProperty("skipped").GetInt64());
        }

        [Theory]
        [InlineData("01/02/2025", "2025-01-31", "--from '01/02/2025' is not a day")]
        [InlineData("2025-01-01", "2024-12-31", "is after --to")]
        public void Run_BadDay_ExitTwo(string from, string to, string expected)
        {
            var (exit, _, error) = Cli.Run("metrics", "--transitions", Write("t.csv", Transitions), "--from", from, "--to", to);

            Assert.Equal(2, exit);
            Assert.Contains(expected, error);
        }

        [Fact]
        public void Run_MissingFile_ExitTwo()
        {
            var (exit, _, error) = Cli.Run("metrics", "--transitions", Path.Combine(folder, "none.csv"));

            Assert.Equal(2, exit);
            Assert.Contains("transitions file not found", error);
        }

        [Fact]
        public void Run_TargetsAndOut_WeakestAgainstTheFileAndJsonWritten()
        {
            // With only Prospect→MQL targeted at 80 %, the weakest link is Marketing at 50 %.
            var targets = Write("targets.json", """{"Prospect->MQL": 0.8, "MQL->SQL": null, "Selling": null, "Onboarding": null, "Achieve impact": null, "Grow": null}""");
            var jsonPath = Path.Combine(folder, "metrics.json");

            var (exit, output, _) = Cli.Run("metrics", "--transitions", Write("t.csv", Transitions), "--targets", targets, "--out", jsonPath);

            Assert.Equal(0, exit);
            Assert.Contains("Weakest link: Prospect → MQL (Marketing) converts 50 % against a 80 % target", output);
            Assert.True(File.Exists(jsonPath));
        }

        private string Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            return path;
        }
    }
}
