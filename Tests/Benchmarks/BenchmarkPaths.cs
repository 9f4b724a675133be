using System;
using System.IO;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>Where the repository is, seen from the benchmark binaries (or, in-process, the working directory).</summary>
    internal static class BenchmarkPaths
    {
        public static string RepositoryRoot =>
            PluginLocator.FindRepositoryRoot(AppContext.BaseDirectory) ?? PluginLocator.FindRepositoryRoot(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("DataverseFunnel.sln not found");
    }
}
