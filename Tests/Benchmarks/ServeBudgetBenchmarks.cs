using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DataverseFunnel.Cli.Commands;
using DataverseFunnel.Cli.Org;
using DataverseFunnel.OrgClient;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.WebApi.Http;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 12 budgets against `funnel serve` on loopback: `funnel pull` of 1,000,000 seeded stage transitions in pages
    /// of 5,000, next to the same-run in-process baseline (the server answering the same pages with no HTTP: its own
    /// time), and `funnel deploy` of our zip against a fresh `serve --empty`. The pull runs as a separate `funnel` process
    /// (tools/Funnel's build), so its peak memory and CPU time are the client's alone (getrusage of the finished child);
    /// this process's peak working set is the server's (org + store + index). A second same-run baseline fetches the same
    /// pages over loopback with a bare HttpClient (the server's time as any client sees it); the client's overhead is
    /// Pull − Http (and Pull − Server, which also counts HTTP).
    /// Run: dotnet run -c Release --project Tests/Benchmarks -- --filter '*ServeBudgetBenchmarks*'
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
    public class ServeBudgetBenchmarks
    {
        private const string Token = "bench-token";
        private const string Select = "bowtie_stagetransitionid,_bowtie_journeyid_value,bowtie_fromstage,bowtie_tostage,bowtie_exit,bowtie_kind,bowtie_movedon,bowtie_motion,bowtie_campaign,bowtie_mrr";
        private WebApiServer server = null!;
        private ApiDispatcher dispatcher = null!;
        private readonly HttpClient http = new();
        private string output = null!;
        private string zip = null!;
        private readonly List<double> clientCpu = new();
        private double clientPeakMb;
        private byte[] pageBuffer = new byte[4 << 20];

        [Params(1_000_000)]
        public int Rows { get; set; }

        [GlobalSetup(Target = nameof(Deploy))]
        public void SetupDeploy()
        {
            zip = Path.Combine(Path.GetTempPath(), "funnel-serve-deploy-benchmark.zip");
            File.WriteAllBytes(zip, WebApiBenchmarkZip.Bytes);
        }

        [GlobalCleanup(Target = nameof(Deploy))]
        public void CleanupDeploy() => File.Delete(zip);

        [GlobalSetup(Targets = new[] { nameof(Server), nameof(Http), nameof(PullInProcess), nameof(Pull) })]
        public void Setup()
        {
            output = Path.Combine(Path.GetTempPath(), "funnel-serve-pull-benchmark.csv");
            var organization = SolutionImporter.Import(WebApiBenchmarkZip.Bytes, TimeProvider.System);
            var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var seeding = Stopwatch.StartNew();
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
            Console.WriteLine($"// Seeded {Rows:N0} transitions in {seeding.Elapsed.TotalSeconds:F1} s");
            server = WebApiServer.StartAsync(new ServerOptions { Port = 0, Token = Token }, organization).GetAwaiter().GetResult();
            dispatcher = new ApiDispatcher(server.Host, server.ServiceRoot.ToString());
        }

        [GlobalCleanup(Targets = new[] { nameof(Server), nameof(Http), nameof(PullInProcess), nameof(Pull) })]
        public void Cleanup()
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            http.Dispose();
            File.Delete(output);
            PeakMemory.Report($"{Rows:N0} rows: this process, the server side");
            if (clientCpu.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"// Client (funnel pull process): peak working set {clientPeakMb:F0} MB; CPU per pull {string.Join(", ", clientCpu.Select(c => c.ToString("F1", CultureInfo.InvariantCulture)))} s"));
            }
        }

        [IterationSetup]
        public void Collect() => PeakMemory.Collect();

        /// <summary>The server's own time: the same pages dispatched in-process, each dropped once its next link is read.</summary>
        [Benchmark(Baseline = true, Description = "Server in-process: the same pages, no HTTP")]
        public long Server()
        {
            long bytes = 0;
            var query = new Dictionary<string, string>(StringComparer.Ordinal) { ["$select"] = Select, ["$orderby"] = "bowtie_movedon asc,bowtie_stagetransitionid asc" };
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Prefer"] = "odata.maxpagesize=5000" };
            while (true)
            {
                using var response = dispatcher.Dispatch(new ApiRequest("GET", "bowtie_stagetransitions", query, headers, Array.Empty<byte>()));
                bytes += response.Body.Length;
                if (WebApiPage.Parse(response.Body).NextLink is not { } next) return bytes;
                var skip = new Uri(next).Query.TrimStart('?').Split('&').Single(p => p.StartsWith("%24skiptoken=", StringComparison.Ordinal) || p.StartsWith("$skiptoken=", StringComparison.Ordinal));
                query["$skiptoken"] = Uri.UnescapeDataString(skip.Substring(skip.IndexOf('=') + 1));
            }
        }

        /// <summary>
        /// The server's time as a client sees it over HTTP: the same 200 pages over loopback, each read into one reused
        /// buffer and dropped (no allocation per page, so no collections of its own), following <c>@odata.nextLink</c>
        /// (read from the page's end as funnel does) — no parsing, mapping or CSV.
        /// </summary>
        [Benchmark(Description = "Server over loopback: raw HttpClient, pages read and dropped")]
        public long Http()
        {
            long bytes = 0;
            string? next = $"{server.ServiceRoot}bowtie_stagetransitions?$select={Select}&$orderby=bowtie_movedon asc,bowtie_stagetransitionid asc";
            while (next is not null)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, next);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
                request.Headers.Add("Prefer", "odata.maxpagesize=5000");
                using var response = http.Send(request, HttpCompletionOption.ResponseHeadersRead);
                response.EnsureSuccessStatusCode();
                using var body = response.Content.ReadAsStream();
                var length = 0;
                for (int read; (read = body.Read(pageBuffer, length, pageBuffer.Length - length)) > 0;)
                {
                    length += read;
                    if (length == pageBuffer.Length) Array.Resize(ref pageBuffer, pageBuffer.Length * 2);
                }

                bytes += length;
                next = WebApiPage.Parse(pageBuffer.AsMemory(0, length)).NextLink;
            }

            return bytes;
        }

        /// <summary>
        /// The same verb run in this process, warm like the two baselines: the client's own cost per page (parsing,
        /// mapping, CSV, its HTTP) without the runtime starting and compiling a new process (≈ 0.2 s, which
        /// <see cref="Pull"/> includes).
        /// </summary>
        [Benchmark(Description = "funnel pull in this process, warm (the verb, no process start)")]
        public int PullInProcess()
        {
            var error = new StringWriter();
            var exit = new PullCommand(new OrgVerbIo(null, TextWriter.Null, error)).Build()
                .Parse(new[] { "--org", server.ServiceRoot.ToString(), "--token", Token, "--out", output }).Invoke();
            return exit == 0 ? exit : throw new InvalidOperationException($"funnel pull exited {exit}: {error}");
        }

        [Benchmark(Description = "funnel pull over loopback (client in its own process)")]
        public int Pull()
        {
            var funnel = Path.Combine(BenchmarkPaths.RepositoryRoot, "tools", "Funnel", "bin", "Release", "net10.0", "funnel.dll");
            if (!File.Exists(funnel)) throw new FileNotFoundException("Build tools/Funnel in Release first", funnel);
            var run = MeasuredProcess.Run("dotnet", new[] { funnel, "pull", "--org", server.ServiceRoot.ToString(), "--token", Token, "--out", output });
            if (run.ExitCode != 0 || !run.Output.Contains(string.Create(CultureInfo.InvariantCulture, $"{Rows:N0} moves"), StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"funnel pull exited {run.ExitCode}: {run.Output}");
            }

            clientPeakMb = Math.Max(clientPeakMb, run.PeakMb);
            clientCpu.Add(run.CpuSeconds);
            return run.ExitCode;
        }

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
    }
}
