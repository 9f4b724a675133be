using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DataverseFunnel.Cli.Commands;
using DataverseFunnel.Cli.Org;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.WebApi.Http;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 12 budgets against `funnel serve` on loopback: `funnel pull` of the seeded stage history next to the same-run
    /// in-process baseline (the server answering the same pages with no HTTP: its own time), and `funnel deploy` of our
    /// zip against a fresh `serve --empty`. The client's overhead is Pull − Server.
    /// Run: dotnet run -c Release --project Tests/Benchmarks -- --filter '*ServeBudgetBenchmarks*'
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
    public class ServeBudgetBenchmarks
    {
        private const string Token = "bench-token";
        private const string Select = "bowtie_stagetransitionid,_bowtie_journeyid_value,bowtie_fromstage,bowtie_tostage,bowtie_exit,bowtie_kind,bowtie_movedon,bowtie_motion,bowtie_campaign,bowtie_mrr";
        private WebApiServer server = null!;
        private ApiDispatcher dispatcher = null!;
        private string output = null!;
        private string zip = null!;

        [Params(100_000)]
        public int Rows { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            output = Path.Combine(Path.GetTempPath(), "funnel-serve-pull-benchmark.csv");
            zip = Path.Combine(Path.GetTempPath(), "funnel-serve-deploy-benchmark.zip");
            File.WriteAllBytes(zip, WebApiBenchmarkZip.Bytes);
            var organization = SolutionImporter.Import(WebApiBenchmarkZip.Bytes, TimeProvider.System);
            var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            // Journeys of four forward moves Prospect → SQL → Commit → Live, a minute apart, seeded without the plugins.
            organization.Org.Seed(Enumerable.Range(0, Rows).Select(i =>
            {
                var row = new Entity("bowtie_stagetransition", Guid.NewGuid())
                {
                    ["bowtie_journeyid"] = new EntityReference("bowtie_journey", new Guid(i / 4, 0, 0, new byte[8])),
                    ["bowtie_tostage"] = new OptionSetValue(269840000 + i % 4),
                    ["bowtie_kind"] = new OptionSetValue(269840000),
                    ["bowtie_movedon"] = start.AddMinutes(i),
                    ["bowtie_motion"] = new OptionSetValue(269840000 + i % 3),
                    ["bowtie_campaign"] = "Campaign " + i % 7,
                };
                if (i % 4 > 0) row["bowtie_fromstage"] = new OptionSetValue(269840000 + i % 4 - 1);
                return row;
            }).ToArray());
            server = WebApiServer.StartAsync(new ServerOptions { Port = 0, Token = Token }, organization).GetAwaiter().GetResult();
            dispatcher = new ApiDispatcher(server.Host, server.ServiceRoot.ToString());
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            File.Delete(output);
            File.Delete(zip);
            PeakMemory.Report($"{Rows:N0} rows");
        }

        [IterationSetup]
        public void Collect() => PeakMemory.Collect();

        [Benchmark(Baseline = true, Description = "Server in-process: the same pages, no HTTP")]
        public int Server()
        {
            var rows = 0;
            var query = new Dictionary<string, string>(StringComparer.Ordinal) { ["$select"] = Select, ["$orderby"] = "bowtie_movedon asc,bowtie_stagetransitionid asc" };
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Prefer"] = "odata.maxpagesize=5000" };
            while (true)
            {
                var response = dispatcher.Dispatch(new ApiRequest("GET", "bowtie_stagetransitions", query, headers, Array.Empty<byte>()));
                using var page = JsonDocument.Parse(response.Body);
                rows += page.RootElement.GetProperty("value").GetArrayLength();
                if (!page.RootElement.TryGetProperty("@odata.nextLink", out var next)) return rows;
                var skip = new Uri(next.GetString()!).Query.TrimStart('?').Split('&').Single(p => p.StartsWith("%24skiptoken=", StringComparison.Ordinal) || p.StartsWith("$skiptoken=", StringComparison.Ordinal));
                query["$skiptoken"] = Uri.UnescapeDataString(skip.Substring(skip.IndexOf('=') + 1));
            }
        }

        [Benchmark(Description = "funnel pull over loopback")]
        public int Pull() => Run(new PullCommand(new OrgVerbIo(null, TextWriter.Null, TextWriter.Null)).Build(), "--out", output);

        [Benchmark(Description = "funnel deploy of our zip to a fresh serve --empty")]
        public int Deploy()
        {
            var empty = WebApiServer.StartAsync(new ServerOptions { Port = 0, Token = Token }, SolutionImporter.Empty(TimeProvider.System)).GetAwaiter().GetResult();
            try
            {
                var exit = new DeployCommand(new OrgVerbIo(null, TextWriter.Null, TextWriter.Null), TimeSpan.FromSeconds(1)).Build().Parse(new[] { "--org", empty.ServiceRoot.ToString(), "--token", Token, "--zip", zip }).Invoke();
                return exit == 0 ? exit : throw new InvalidOperationException($"deploy exited {exit}");
            }
            finally
            {
                empty.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }

        private int Run(Command command, params string[] args)
        {
            var exit = command.Parse(new[] { "--org", server.ServiceRoot.ToString(), "--token", Token }.Concat(args).ToArray()).Invoke();
            return exit == 0 ? exit : throw new InvalidOperationException($"{command.Name} exited {exit}");
        }
    }
}
