using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DataverseFunnel.Cli.Org;
using DataverseFunnel.Metrics;
using DataverseFunnel.OrgClient;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 12 pull budget, client side only: 200,000 stage transitions served as 5,000-row Web API pages from memory
    /// (no network, no server work) through the whole client — resilience pipeline, paging, forward-only JSON reading,
    /// mapping, CSV — next to the in-process baseline that writes the same moves straight to the CSV.
    /// Run: dotnet run -c Release --project Tests/Benchmarks -- --filter '*PullBenchmarks*'
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
    public class PullBenchmarks
    {
        private const int Rows = 200_000;
        private const int PageSize = 5_000;
        private readonly List<byte[]> pages = new();
        private readonly List<StageMove> moves = new();
        private string path = null!;

        [GlobalSetup]
        public void Setup()
        {
            path = Path.Combine(Path.GetTempPath(), "funnel-pull-benchmark.csv");
            var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var page = 0; page * PageSize < Rows; page++)
            {
                var values = new List<string>();
                for (var i = page * PageSize; i < Math.Min(Rows, (page + 1) * PageSize); i++)
                {
                    var journey = new Guid(i / 4, 0, 0, new byte[8]);
                    int? from = i % 4 == 0 ? null : 269840000 + (i % 4) - 1;
                    var to = 269840000 + (i % 4);
                    var at = start.AddMinutes(i);
                    values.Add(JsonSerializer.Serialize(new Dictionary<string, object?>
                    {
                        ["@odata.etag"] = "W/\"1\"", ["bowtie_stagetransitionid"] = new Guid(i, 1, 1, new byte[8]), ["_bowtie_journeyid_value"] = journey,
                        ["bowtie_fromstage"] = from, ["bowtie_tostage"] = to, ["bowtie_exit"] = null, ["bowtie_kind"] = 269840000,
                        ["bowtie_movedon"] = at.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), ["bowtie_motion"] = 269840000 + (i % 3),
                        ["bowtie_campaign"] = "Campaign " + (i % 7), ["bowtie_mrr"] = i % 100,
                    }));
                    moves.Add(TransitionRow.ToMove(journey, from, to, null, at, 269840000 + (i % 3), "Campaign " + (i % 7), i % 100));
                }

                var next = (page + 1) * PageSize < Rows ? $",\"@odata.nextLink\":\"https://bench.crm.dynamics.com/api/data/v9.2/bowtie_stagetransitions?$skiptoken={page + 1}\"" : string.Empty;
                pages.Add(Encoding.UTF8.GetBytes($"{{\"value\":[{string.Join(",", values)}]{next}}}"));
            }
        }

        [IterationSetup]
        public void Collect() => PeakMemory.Collect();

        [GlobalCleanup]
        public void Cleanup() => PeakMemory.Report($"{Rows:N0} rows");

        [Benchmark(Baseline = true, Description = "In-process: the same moves written to the CSV")]
        public long InProcess()
        {
            TransitionCsvWriter.Write(path, moves);
            return new FileInfo(path).Length;
        }

        [Benchmark(Description = "Client: pages through the pipeline, JSON, mapping, CSV")]
        public long Client()
        {
            var options = new OrgConnectionOptions { Org = "https://bench.crm.dynamics.com", Token = "benchmark-token" };
            using var client = OrgConnection.Open(options, new Redactor(options.Secrets()), handler: new PageHandler(pages));
            return TransitionPull.PullAsync(client, path, null, null, TextWriter.Null).GetAwaiter().GetResult();
        }

        private sealed class PageHandler : HttpMessageHandler
        {
            private readonly List<byte[]> pages;

            public PageHandler(List<byte[]> pages) => this.pages = pages;

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var query = request.RequestUri!.Query;
                var marker = query.IndexOf("skiptoken=", StringComparison.Ordinal);
                var page = marker < 0 ? 0 : int.Parse(query[(marker + 10)..], CultureInfo.InvariantCulture);
                var content = new ByteArrayContent(pages[page]);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
            }
        }
    }
}
