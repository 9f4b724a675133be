using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Runs the benchmarks: <c>dotnet run -c Release --project Tests/Benchmarks -- --filter '*'</c>. Every budget is
    /// quoted as a median, so the median column is always shown next to the mean.
    /// </summary>
    internal static class Program
    {
        public static void Main(string[] args)
        {
            // BenchmarkDotNet builds every project into one folder; the shipped net462 plugin build must stay out of it
            // or it replaces the net10.0 build being measured (PluginBuildCheck fails the run if it happens anyway).
            var job = Job.Default.WithArguments(new[] { new MsBuildArgument("/p:BuildShippedPlugin=false") }).AsDefault();
            var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median).AddJob(job);
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        }
    }
}
