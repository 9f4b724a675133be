using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using DataverseFunnel.InMemory.Store;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 11 budgets on loopback: a journey stage move by PATCH through every bowtie step (median ≤ 1 ms) next to the
    /// same move in-process (the baseline), and the same moves from 16 concurrent clients (≥ 1,000 moves/s: 1 s divided by
    /// the per-move mean). Each move is one of the cycle Prospect → MQL → SQL → (back, with a reason) Prospect; the store is
    /// restored after each cycle so it does not grow (counted in both).
    /// Run: <c>dotnet run -c Release --project Tests/Benchmarks -- --filter '*WebApiMoveBenchmarks*' --job short</c>.
    /// </summary>
    [MemoryDiagnoser]
    public class WebApiMoveBenchmarks
    {
        private const int Clients = 16;
        private const int MovesPerClient = 30;
        private static readonly (int Stage, string? Reason)[] Cycle = { (269840001, null), (269840002, null), (269840000, "Back to nurture") };

        private WebApiServer _server = null!;
        private HttpClient _client = null!;
        private HttpClient[] _clients = null!;
        private Guid[] _journeys = null!;
        private StoreSnapshot _start = null!;
        private int _next;

        [GlobalSetup]
        public void Setup()
        {
            PluginBuildCheck.RequireModernBuild();
            var organization = SolutionImporter.Import(WebApiBenchmarkZip.Bytes, TimeProvider.System);
            _server = WebApiServer.StartAsync(new ServerOptions { Port = 0, Token = "bench" }, organization).GetAwaiter().GetResult();
            _journeys = MixedLoad.CreateJourneys(_server.ServiceRoot, "bench", Clients, "Bench").GetAwaiter().GetResult();
            _client = MixedLoad.Client(_server.ServiceRoot, "bench");
            _clients = Enumerable.Range(0, Clients).Select(_ => MixedLoad.Client(_server.ServiceRoot, "bench")).ToArray();
            _start = _server.Host.Current.Org.Snapshot();
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _client.Dispose();
            foreach (var client in _clients) client.Dispose();
            _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        [Benchmark(Baseline = true, Description = "Stage move in-process (IOrganizationService.Update)")]
        public void MoveInProcess()
        {
            var (stage, reason) = Cycle[_next];
            var move = new Entity("bowtie_journey", _journeys[0]) { ["bowtie_stage"] = new OptionSetValue(stage) };
            if (reason is not null) move["bowtie_movereason"] = reason;
            _server.Host.Current.Org.CreateService().Update(move);
            Advance();
        }

        [Benchmark(Description = "Stage move by PATCH, one client")]
        public void MoveByPatch()
        {
            var (stage, reason) = Cycle[_next];
            using var response = _client.PatchAsync($"bowtie_journeys({_journeys[0]})", Body(stage, reason)).GetAwaiter().GetResult();
            if ((int)response.StatusCode != 204) throw new InvalidOperationException($"PATCH answered {(int)response.StatusCode}");
            Advance();
        }

        [Benchmark(OperationsPerInvoke = Clients * MovesPerClient, Description = "Stage move by PATCH, 16 concurrent clients (per move)")]
        public void MoveByPatchSixteenClients()
        {
            Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                for (var i = 0; i < MovesPerClient; i++)
                {
                    var (stage, reason) = Cycle[i % Cycle.Length];
                    using var response = await _clients[c].PatchAsync($"bowtie_journeys({_journeys[c]})", Body(stage, reason)).ConfigureAwait(false);
                    if ((int)response.StatusCode != 204) throw new InvalidOperationException($"PATCH answered {(int)response.StatusCode}");
                }
            }))).GetAwaiter().GetResult();
            _server.Host.Current.Org.Restore(_start);
        }

        private static StringContent Body(int stage, string? reason) =>
            MixedLoad.Json(reason is null ? $"{{\"bowtie_stage\":{stage}}}" : $"{{\"bowtie_stage\":{stage},\"bowtie_movereason\":\"{reason}\"}}");

        private void Advance()
        {
            if (++_next < Cycle.Length) return;
            _next = 0;
            _server.Host.Current.Org.Restore(_start);
        }
    }

    /// <summary>
    /// Issue 11 budgets: GET of a 5,000-row page of journeys (≤ 150 ms; baseline: the same RetrieveMultiple in-process)
    /// and importing our zip (≤ 3 s).
    /// Run: <c>dotnet run -c Release --project Tests/Benchmarks -- --filter '*WebApiReadImportBenchmarks*' --job short</c>.
    /// </summary>
    [MemoryDiagnoser]
    public class WebApiReadImportBenchmarks
    {
        private WebApiServer _server = null!;
        private HttpClient _client = null!;

        [GlobalSetup]
        public void Setup()
        {
            PluginBuildCheck.RequireModernBuild();
            var organization = SolutionImporter.Import(WebApiBenchmarkZip.Bytes, TimeProvider.System);
            organization.Org.Seed(Enumerable.Range(0, 5_000).Select(i => new Entity("bowtie_journey")
            {
                ["bowtie_name"] = $"Journey {i:D4}",
                ["bowtie_stage"] = new OptionSetValue(269840000 + (i % 7)),
                ["bowtie_campaign"] = "Spring",
                ["bowtie_mrr"] = new Money(100m + i),
            }).ToArray());
            _server = WebApiServer.StartAsync(new ServerOptions { Port = 0, Token = "bench" }, organization).GetAwaiter().GetResult();
            _client = MixedLoad.Client(_server.ServiceRoot, "bench");
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _client.Dispose();
            _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        [Benchmark(Baseline = true, Description = "5,000 journeys in-process (RetrieveMultiple)")]
        public int PageInProcess()
        {
            var query = new Microsoft.Xrm.Sdk.Query.QueryExpression("bowtie_journey") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(true), PageInfo = new Microsoft.Xrm.Sdk.Query.PagingInfo { Count = 5000, PageNumber = 1 } };
            return _server.Host.Current.Org.CreateService().RetrieveMultiple(query).Entities.Count;
        }

        [Benchmark(Description = "GET a 5,000-row page of journeys")]
        public int PageByGet() => _client.GetByteArrayAsync("bowtie_journeys").GetAwaiter().GetResult().Length;

        [Benchmark(Description = "Import our zip (tables, steps, flow, web resources)")]
        public object ImportZip() => SolutionImporter.Import(WebApiBenchmarkZip.Bytes, TimeProvider.System);
    }

    /// <summary>Our solution packed once, with the plugin components (the net462 Release build, as `funnel pack` ships it).</summary>
    internal static class WebApiBenchmarkZip
    {
        private static readonly Lazy<byte[]> Packed = new(() =>
            SolutionZip.ToBytes(SolutionPacker.Pack(Path.Combine(BenchmarkPaths.RepositoryRoot, "Solution"), new PackOptions())));

        public static byte[] Bytes => Packed.Value;
    }
}
