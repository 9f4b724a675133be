using BenchmarkDotNet.Running;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>Runs the benchmarks: <c>dotnet run -c Release --project Tests/Benchmarks -- --filter '*'</c>.</summary>
    internal static class Program
    {
        public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
