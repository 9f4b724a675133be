using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Runs the benchmarks: <c>dotnet run -c Release --project Tests/Benchmarks -- --filter '*'</c>. Every budget is
    /// quoted as a median, so the median column is always shown next to the mean.
    /// </summary>
    internal static class Program
    {
        public static void Main(string[] args) =>
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddColumn(StatisticColumn.Median));
    }
}
