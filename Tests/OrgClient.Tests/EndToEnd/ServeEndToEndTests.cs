using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using DataverseFunnel.Cli.Commands;
using DataverseFunnel.Demo;
using DataverseFunnel.Metrics;
using DataverseFunnel.OrgClient.Tests.TestSupport;
using Xunit.Abstractions;

namespace DataverseFunnel.OrgClient.Tests.EndToEnd
{
    /// <summary>The org verbs end to end: real sockets against `funnel serve` started in-process on a free loopback port.</summary>
    public sealed class ServeEndToEndTests : IDisposable
    {
        private readonly string directory = Directory.CreateTempSubdirectory("orgclient-e2e-").FullName;
        private readonly ITestOutputHelper log;

        public ServeEndToEndTests(ITestOutputHelper log) => this.log = log;

        public void Dispose() => Directory.Delete(directory, recursive: true);

        [Fact]
        public async Task Deploy_to_an_empty_server_imports_shows_progress_every_second_and_verifies()
        {
            await using var serve = await LocalServe.Start(empty: true);
            var zip = WriteZip(LocalServe.Zip);

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var (exit, output, error) = Deploy(serve, zip);
            watch.Stop();
            log.WriteLine($"deploy of our zip against serve --empty: {watch.Elapsed.TotalSeconds:0.00} s");

            Assert.True(exit == 0, output + error);
            var progress = output.Split('\n').Where(l => l.Contains('%', StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(progress);
            Assert.Contains("100.0% succeeded", progress[^1], StringComparison.Ordinal);
            // Each progress line carries the seconds since the import started: no gap of more than a second between them.
            var seconds = progress.Select(l => int.Parse(Regex.Match(l, @"\((\d+) s\)").Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            Assert.All(seconds.Zip(seconds.Skip(1)), p => Assert.True(p.Second - p.First <= 1, string.Join('\n', progress)));
            Assert.Contains("verified: 1 plugin assembly, 20 of 20 steps enabled, 1 flow activated, ", output, StringComparison.Ordinal);
            Assert.NotNull(serve.Server.Host.Current.SolutionName);
            Assert.DoesNotContain(LocalServe.Token, output + error, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Deploy_of_a_broken_zip_prints_the_import_jobs_error_and_exits_1()
        {
            await using var serve = await LocalServe.Start(empty: true);
            var unknownMessage = Guid.Parse("badbad00-0000-0000-0000-000000000001");
            var zip = WriteZip(WithCustomizations(LocalServe.Zip, root =>
                root.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep").First().Element("SdkMessageId")!.Value = unknownMessage.ToString()));

            var (exit, output, error) = Deploy(serve, zip);

            Assert.Equal(1, exit);
            Assert.Contains($"SdkMessageId {unknownMessage} is not a known message", output + error, StringComparison.Ordinal);
            Assert.DoesNotContain("verified:", output, StringComparison.Ordinal);
            Assert.Null(serve.Server.Host.Current.SolutionName);
            Assert.DoesNotContain(LocalServe.Token, output + error, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Pull_of_100000_rows_gives_the_metrics_of_the_servers_own_export()
        {
            const int Rows = 100_000;
            await using var serve = await LocalServe.Start();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            serve.SeedTransitions(Rows);
            var seeding = watch.Elapsed;
            var pulled = Path.Combine(directory, "pulled.csv");

            watch.Restart();
            var (exit, output, error) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), new SocketsHttpHandler(),
                "--org", serve.Url, "--token", LocalServe.Token, "--out", pulled);
            var pulling = watch.Elapsed;

            Assert.True(exit == 0, output + error);
            log.WriteLine($"seeded {Rows:N0} rows in {seeding.TotalSeconds:0.0} s, pulled them in {pulling.TotalSeconds:0.0} s");
            var exported = Path.Combine(directory, "exported.csv");
            TransitionCsvWriter.Write(exported, TransitionExport.FromOrganization(serve.Org));
            Assert.Equal(Rows + 1, File.ReadLines(pulled).Count());
            Assert.Equal(Sorted(exported), Sorted(pulled));
            var fromPull = MetricsJsonWriter.ToJson(TransitionCsvReader.Compute(pulled));
            Assert.Equal(MetricsJsonWriter.ToJson(TransitionCsvReader.Compute(exported)), fromPull);
            Assert.Contains("\"stages\"", fromPull, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(LocalServe.Token, output + error, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Pull_puts_the_rows_one_save_wrote_at_one_instant_back_in_order_for_the_metrics()
        {
            // Random ids order a skip's rows at random; the metrics must still read each journey as a chain.
            await using var serve = await LocalServe.Start();
            serve.SeedSkips(300);
            var pulled = Path.Combine(directory, "skips.csv");

            var (exit, output, error) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), new SocketsHttpHandler(),
                "--org", serve.Url, "--token", LocalServe.Token, "--out", pulled, "--page-size", "250");

            Assert.True(exit == 0, output + error);
            var metrics = TransitionCsvReader.Compute(pulled);
            Assert.Equal(new long[] { 300, 300, 300, 300, 0, 0, 0 }, metrics.Stages.Select(s => s.Volume));
            var exported = Path.Combine(directory, "skips-exported.csv");
            TransitionCsvWriter.Write(exported, TransitionExport.FromOrganization(serve.Org));
            Assert.Equal(MetricsJsonWriter.ToJson(TransitionCsvReader.Compute(exported)), MetricsJsonWriter.ToJson(metrics));
        }

        [Fact]
        public async Task Throttled_pull_completes_and_never_calls_before_retry_after()
        {
            await using var serve = await LocalServe.Start(throttle: "requests=8/2s");
            serve.SeedTransitions(2_000);
            var pulled = Path.Combine(directory, "throttled.csv");
            var handler = new RecordingHandler();

            var (exit, output, error) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), handler,
                "--org", serve.Url, "--token", LocalServe.Token, "--out", pulled, "--page-size", "100");

            Assert.True(exit == 0, output + error);
            Assert.Equal(2_001, File.ReadLines(pulled).Count());
            var calls = handler.Calls.OrderBy(c => c.Start).ToList();
            Assert.Contains(calls, c => c.Status == 429);
            for (var i = 0; i + 1 < calls.Count; i++)
            {
                if (calls[i].Status != 429) continue;
                Assert.NotNull(calls[i].RetryAfter);
                Assert.True(calls[i + 1].Start >= calls[i].End + calls[i].RetryAfter!.Value,
                    $"call {i + 1} at {calls[i + 1].Start:O}, before {calls[i].End:O} + Retry-After {calls[i].RetryAfter}");
            }

            Assert.DoesNotContain(LocalServe.Token, output + error, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Connections_dropped_mid_page_still_give_a_complete_duplicate_free_file()
        {
            await using var serve = await LocalServe.Start();
            serve.SeedTransitions(3_000);
            var pulled = Path.Combine(directory, "dropped.csv");
            var handler = new DroppingHandler(dropOnCalls: new[] { 2, 4, 5 });

            var (exit, output, error) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), handler,
                "--org", serve.Url, "--token", LocalServe.Token, "--out", pulled, "--page-size", "500");

            Assert.True(exit == 0, output + error);
            Assert.Equal(3, handler.Dropped);
            var exported = Path.Combine(directory, "exported.csv");
            TransitionCsvWriter.Write(exported, TransitionExport.FromOrganization(serve.Org));
            var lines = Sorted(pulled);
            Assert.Equal(3_001, lines.Length);
            Assert.Equal(lines.Length, lines.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(Sorted(exported), lines);
        }

        [Fact]
        public async Task A_wrong_token_is_one_clear_line_and_exit_1_for_every_verb()
        {
            await using var serve = await LocalServe.Start();
            const string Wrong = "wrong-token-3e9d7c1b";
            var zip = WriteZip(LocalServe.Zip);
            var runs = new[]
            {
                ("whoami", Verb.Run((h, o, e) => new WhoAmICommand(new(h, o, e)).Build(), new SocketsHttpHandler(), "--org", serve.Url, "--token", Wrong)),
                ("pull", Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), new SocketsHttpHandler(), "--org", serve.Url, "--token", Wrong, "--out", Path.Combine(directory, "x.csv"))),
                ("deploy", Verb.Run((h, o, e) => new DeployCommand(new(h, o, e), TimeSpan.FromSeconds(1)).Build(), new SocketsHttpHandler(), "--org", serve.Url, "--token", Wrong, "--zip", zip)),
            };

            foreach (var (verb, (exit, output, error)) in runs)
            {
                Assert.Equal(1, exit);
                var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                Assert.StartsWith($"funnel {verb}: {serve.Server.BaseAddress.ToString().TrimEnd('/')}: ", line, StringComparison.Ordinal);
                Assert.Contains("failed: HTTP 401", line, StringComparison.Ordinal);
                Assert.DoesNotContain(Wrong, output + error, StringComparison.Ordinal);
                Assert.DoesNotContain(LocalServe.Token, output + error, StringComparison.Ordinal);
            }

            Assert.False(File.Exists(Path.Combine(directory, "x.csv")));
        }

        private (int Exit, string Output, string Error) Deploy(LocalServe serve, string zip) =>
            Verb.Run((h, o, e) => new DeployCommand(new(h, o, e), TimeSpan.FromSeconds(1)).Build(), new SocketsHttpHandler(),
                "--org", serve.Url, "--token", LocalServe.Token, "--zip", zip);

        private string WriteZip(byte[] bytes)
        {
            var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".zip");
            File.WriteAllBytes(path, bytes);
            return path;
        }

        private static byte[] WithCustomizations(byte[] zip, Action<XElement> edit)
        {
            using var buffer = new MemoryStream();
            buffer.Write(zip);
            using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
            {
                var entry = archive.GetEntry("customizations.xml")!;
                XDocument document;
                using (var stream = entry.Open()) document = XDocument.Load(stream);
                edit(document.Root!);
                entry.Delete();
                using var rewritten = archive.CreateEntry("customizations.xml").Open();
                document.Save(rewritten);
            }

            return buffer.ToArray();
        }

        private static string[] Sorted(string path) => File.ReadLines(path).Order(StringComparer.Ordinal).ToArray();
    }
}
