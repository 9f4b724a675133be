using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using DataverseFunnel.SolutionTools.Checking;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 15 §5 budget: <c>funnel check</c> of the largest real export the project carries (Microsoft's managed
    /// Nonprofit accelerator: 0.56 MB zip, 6 MB unpacked, a 103,436-line customizations.xml) in ≤ 3 s, next to the check
    /// of our own zip as the same-run baseline. Both read the zip from disk, as the CLI does.
    /// Run: dotnet run -c Release --project Tests/Benchmarks -- --filter '*CheckBenchmarks*'
    /// </summary>
    [MemoryDiagnoser]
    public class CheckBenchmarks
    {
        private readonly CheckOptions options = new();
        private string ourZip = null!;
        private string accelerator = null!;

        [GlobalSetup]
        public void Setup()
        {
            PluginBuildCheck.RequireModernBuild();
            var repository = BenchmarkPaths.RepositoryRoot;
            var folder = Path.Combine(repository, "Solution");
            var output = Path.Combine(Path.GetTempPath(), "df-check-bench-" + Guid.NewGuid().ToString("N"));
            ourZip = SolutionPacker.PackToDirectory(folder, output, new PackOptions { PluginPath = PluginLocator.LocateDefault(folder, Console.Out) });
            accelerator = Path.Combine(repository, "Tests", "Fixtures", "RealExports", "ms-industry-accelerators", "MicrosoftDynamics365NonprofitAccelerator_2_0_0_0_managed.zip");
            SchemaLocator.Resolve(null, folder); // fail in setup, not in the measurement, when the schemas are absent
        }

        [Benchmark(Baseline = true, Description = "Check our own zip")]
        public int CheckOurZip() => SolutionChecker.Check(ourZip, options).Count;

        [Benchmark(Description = "Check the Nonprofit accelerator (largest real export)")]
        public int CheckLargestRealExport() => SolutionChecker.Check(accelerator, options).Count;
    }
}
