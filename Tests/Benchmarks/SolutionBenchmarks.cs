using System;
using System.IO;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using DataverseFunnel.SolutionTools.Checking;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 4 §4 budget: pack + check of our Solution/ in ≤ 3 s. Measured next to a naive baseline that zips the same
    /// folder as it is (no assembly, no XML, no checks), and pack alone. The plugin DLL is located (and built if
    /// needed) once in setup, so the figures are packing and checking, not compiling.
    /// Run: dotnet run -c Release --project Tests/Benchmarks -- --filter '*SolutionBenchmarks*'
    /// </summary>
    [MemoryDiagnoser]
    public class SolutionBenchmarks
    {
        private string folder = null!;
        private string schemas = null!;
        private PackOptions options = null!;

        [GlobalSetup]
        public void Setup()
        {
            PluginBuildCheck.RequireModernBuild();
            var repository = BenchmarkPaths.RepositoryRoot;
            folder = Path.Combine(repository, "Solution");
            schemas = SchemaLocator.Resolve(null, folder);
            options = new PackOptions { PluginPath = PluginLocator.LocateDefault(folder, Console.Out) };
        }

        [Benchmark(Baseline = true, Description = "Naive: zip the folder as it is")]
        public long NaiveZip()
        {
            using var stream = new MemoryStream();
            ZipFile.CreateFromDirectory(folder, stream, CompressionLevel.Optimal, includeBaseDirectory: false);
            return stream.Length;
        }

        [Benchmark(Description = "Pack (assemble + generate plugin components + zip)")]
        public long Pack() => SolutionZip.ToBytes(SolutionPacker.Pack(folder, options)).Length;

        [Benchmark(Description = "Pack + check (schemas + rules)")]
        public int PackAndCheck() => SolutionChecker.CheckPackage(SolutionPacker.Pack(folder, options), schemas).Count;
    }
}
