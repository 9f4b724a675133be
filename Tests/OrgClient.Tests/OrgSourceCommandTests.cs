using System;
using System.CommandLine;
using System.IO;
using System.Net;
using DataverseFunnel.Cli.Commands;
using DataverseFunnel.OrgClient.Tests.TestSupport;

namespace DataverseFunnel.OrgClient.Tests
{
    /// <summary>
    /// metrics and poster with --org: the same result as from a file holding the same history. These verbs write to the
    /// console, so this class swaps it (its tests run one at a time; no other class here touches the console).
    /// </summary>
    public sealed class OrgSourceCommandTests : IDisposable
    {
        private readonly string directory = Directory.CreateTempSubdirectory("orgclient-source-").FullName;

        public void Dispose() => Directory.Delete(directory, recursive: true);

        [Fact]
        public void Metrics_from_the_org_equal_metrics_from_the_same_history_in_a_file()
        {
            var rows = PullCommandTests.Rows(40);
            var file = Path.Combine(directory, "t.csv");
            File.WriteAllText(file, PullCommandTests.Expected(rows));

            var fromFile = Console(() => new MetricsCommand().Build(), "--transitions", file, "--json");
            var fromOrg = Console(() => new MetricsCommand(PullCommandTests.Pages(rows, 7)).Build(), "--org", Org.Url, "--token", Org.Token, "--json");

            Assert.Equal(0, fromFile.Exit);
            Assert.Equal(0, fromOrg.Exit);
            Assert.Equal(fromFile.Output, fromOrg.Output);
            Assert.Contains("\"stages\"", fromOrg.Output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Org.Token, fromOrg.Output + fromOrg.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Metrics_need_exactly_one_source()
        {
            var neither = Console(() => new MetricsCommand().Build(), "--json");
            Assert.Equal(2, neither.Exit);
            Assert.Contains("--transitions FILE or --org URL", neither.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Metrics_from_an_org_that_refuses_is_one_line_exit_1()
        {
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Error(HttpStatusCode.Unauthorized, "0x80072560", "Invalid token."));
            var result = Console(() => new MetricsCommand(handler).Build(), "--org", Org.Url, "--token", Org.Token);

            Assert.Equal(1, result.Exit);
            Assert.Equal($"funnel metrics: {Org.Url}: GET /api/data/v9.2/bowtie_stagetransitions failed: HTTP 401 0x80072560: Invalid token.", result.Error.Trim());
        }

        [Fact]
        public void Poster_from_the_org_draws_the_svg()
        {
            var rows = PullCommandTests.Rows(12);
            var svg = Path.Combine(directory, "poster.svg");

            var result = Console(() => new PosterCommand(PullCommandTests.Pages(rows, 5)).Build(), "--org", Org.Url, "--token", Org.Token, "--out", svg);

            Assert.True(result.Exit == 0, result.Error);
            Assert.StartsWith("<", File.ReadAllText(svg).TrimStart(), StringComparison.Ordinal);
            Assert.Contains("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("whoami")]
        [InlineData("pull")]
        [InlineData("deploy")]
        public void The_org_verbs_are_registered_and_need_an_org(string verb)
        {
            var args = verb == "pull" ? new[] { verb, "--out", "x.csv" } : new[] { verb };
            var (oldOut, oldError) = (System.Console.Out, System.Console.Error);
            var error = new StringWriter();
            System.Console.SetOut(new StringWriter());
            System.Console.SetError(error);
            try
            {
                Assert.Equal(2, DataverseFunnel.Cli.Program.Run(args));
            }
            finally
            {
                System.Console.SetOut(oldOut);
                System.Console.SetError(oldError);
            }

            Assert.StartsWith($"funnel {verb}: --org is required", error.ToString(), StringComparison.Ordinal);
        }

        private static (int Exit, string Output, string Error) Console(Func<Command> build, params string[] args)
        {
            var (oldOut, oldError) = (System.Console.Out, System.Console.Error);
            var (output, error) = (new StringWriter(), new StringWriter());
            System.Console.SetOut(output);
            System.Console.SetError(error);
            try
            {
                var parsed = build().Parse(args);
                Assert.Empty(parsed.Errors);
                return (parsed.Invoke(), output.ToString(), error.ToString());
            }
            finally
            {
                System.Console.SetOut(oldOut);
                System.Console.SetError(oldError);
            }
        }
    }
}
