using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using DataverseFunnel.InMemory;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Tests.TestSupport;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.Demo;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 13 budget: the Custom API bowtie_GetBowtieMetrics over 100,000 journeys in the in-memory org (our solution
    /// imported, history seeded as the rules write it) within 2 s and 25 pages read, next to the same-run baseline:
    /// `funnel metrics` on the same data's transitions CSV, in-process. The pages are counted by a PostOperation step on
    /// RetrieveMultiple and printed once in the setup.
    /// Run (each operation takes seconds, so a short monitoring job, in-process):
    /// dotnet run -c Release --project Tests/Benchmarks -- --filter '*GetBowtieMetricsBenchmarks*' --inProcess --strategy Monitoring --warmupCount 1 --iterationCount 5 --launchCount 1
    /// </summary>
    [MemoryDiagnoser]
    public class GetBowtieMetricsBenchmarks
    {
        private static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        private InMemoryOrganization org = null!;
        private string csv = null!;

        [Params(100_000)]
        public int Journeys { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            org = SolutionImporter.Import(WebApiBenchmarkZip.Bytes, TimeProvider.System).Org;
            var history = SeededJourneys.Seed(org, Journeys, Start);
            csv = Path.Combine(Path.GetTempPath(), "funnel-metricsapi-benchmark.csv");
            TransitionCsvWriter.Write(csv, TransitionExport.FromOrganization(org));
            var journeys = org.CountPages(JourneyColumns.Table);
            var moves = org.CountPages(StageTransitionColumns.Table);
            CustomApi();
            Console.WriteLine($"// GetBowtieMetrics over {Journeys:N0} journeys ({history:N0} history rows): pages read {journeys.Pages} journey + {moves.Pages} move = {journeys.Pages + moves.Pages} (rows {journeys.Rows:N0} + {moves.Rows:N0})");
        }

        [Benchmark]
        public string CustomApi() =>
            (string)org.CreateService().Call(Start, Start.AddDays(400)).Results[GetBowtieMetricsPlugin.MetricsJson];

        [Benchmark(Baseline = true)]
        public string FunnelMetricsOnTheCsv() =>
            MetricsJsonWriter.ToJson(TransitionCsvReader.Compute(csv, new MetricsOptions { From = DateOnly.FromDateTime(Start), To = DateOnly.FromDateTime(Start.AddDays(400)) }));

        [GlobalCleanup]
        public void Cleanup() => File.Delete(csv);
    }
}
