using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DataverseFunnel.Demo;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 5 §4 budget: `funnel demo` with its defaults (2,000 journeys) in ≤ 20 s. Each run is seconds long, so
    /// one launch of three iterations. Baseline in the same run: the work that involves no plugin — packing the
    /// solution and planning the scenario — so the difference is the pipeline, the metrics and the poster.
    /// Run: dotnet run -c Release --project Tests/Benchmarks -- --filter '*DemoBenchmarks*'
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
    public class DemoBenchmarks
    {
        private string solution = null!;
        private string output = null!;
        private string plugin = null!;

        [GlobalSetup]
        public void Setup()
        {
            PluginBuildCheck.RequireModernBuild();
            var repository = BenchmarkPaths.RepositoryRoot;
            solution = Path.Combine(repository, "Solution");
            plugin = PluginLocator.LocateDefault(solution, Console.Out);
            output = Path.Combine(Path.GetTempPath(), "dataversefunnel-demo-bench");
        }

        [Benchmark(Baseline = true, Description = "Pack the solution and plan 2,000 journeys (no plugin runs)")]
        public int PackAndPlan()
        {
            SolutionPacker.PackToDirectory(solution, output, new PackOptions { PluginPath = plugin });
            return ScenarioPlanner.Plan(DemoOptions.DefaultJourneys, DemoOptions.DefaultSeed).Actions.Count;
        }

        [Benchmark(Description = "funnel demo with its defaults (2,000 journeys)")]
        public int Demo() => DemoRunner.Run(
            new DemoOptions { SolutionFolder = solution, OutputDirectory = output, PluginPath = plugin }, TextWriter.Null).Moves.Count;
    }
}
