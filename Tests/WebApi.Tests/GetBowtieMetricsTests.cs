using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DataverseFunnel.Demo;
using DataverseFunnel.InMemory;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Metrics;
using DataverseFunnel.Plugins.Bowtie.Poster;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.WebApi.Tests.Support;

namespace DataverseFunnel.WebApi.Tests;

/// <summary>
/// The Custom API bowtie_GetBowtieMetrics through `funnel serve` on the demo's journeys (moved by the real plugins), against
/// `funnel metrics --json` on the same org's transitions exported as the demo exports them. Same data, same numbers: the
/// documents are the same bytes, except the window's "transitions", which the API does not count (it reads journey rows,
/// not moves) and writes as null.
/// </summary>
public sealed class GetBowtieMetricsTests : IClassFixture<GetBowtieMetricsTests.DemoServer>
{
    private readonly DemoServer demo;

    public GetBowtieMetricsTests(DemoServer demo) => this.demo = demo;

    public static TheoryData<string, string> Windows => new()
    {
        { "2025-06-01", "2027-01-31" }, // every journey, every move
        { "2025-09-01", "2026-01-31" }, // a cohort in the middle: later journeys out, moves after January 31 not counted
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task SameData_SameNumbers_AsFunnelMetrics(string from, string to)
    {
        var (json, svg) = await demo.Call($"{{\"WindowFrom\":\"{from}T00:00:00Z\",\"WindowTo\":\"{to}T00:00:00Z\"}}");

        var cli = demo.Cli(from, to, _ => true);

        Assert.Equal(WithoutTransitions(MetricsJsonWriter.ToJson(cli)), json);
        Assert.Equal(SvgPosterWriter.ToSvg(cli), svg);
        Assert.True(cli.Window.Transitions > 0 && cli.Window.Journeys > 0, "the window has journeys and moves to compare");
    }

    /// <summary>
    /// The rule checked with a motion: the API's document equals the CLI's over only that motion's journeys (their moves
    /// alone in the export), and its stages equal the CLI's by-motion group for it on all the data.
    /// </summary>
    [Theory]
    [InlineData("Inbound")]
    [InlineData("outbound")]
    [InlineData("Target")]
    public async Task Motion_GivesTheCliNumbersForThatMotionGroup(string motion)
    {
        const string from = "2025-06-01", to = "2026-03-31";
        var (json, _) = await demo.Call($"{{\"WindowFrom\":\"{from}T00:00:00Z\",\"WindowTo\":\"{to}T00:00:00Z\",\"Motion\":\"{motion}\"}}");

        var only = demo.Cli(from, to, m => string.Equals(m, motion, StringComparison.OrdinalIgnoreCase));
        var all = demo.Cli(from, to, _ => true);

        Assert.Equal(WithoutTransitions(MetricsJsonWriter.ToJson(only)), json);
        var group = all.ByMotion.Single(g => string.Equals(g.Key, motion, StringComparison.OrdinalIgnoreCase)).Value;
        Assert.Equal(group, only.Stages);
        Assert.Equal(group[0].Volume, JsonDocument.Parse(json).RootElement.GetProperty("window").GetProperty("journeys").GetInt64());
    }

    [Fact]
    public async Task MissingWindow_Is400_WithTheDataverseErrorBody()
    {
        using var response = await demo.Client.PostAsync("bowtie_GetBowtieMetrics", TestServer.Json("{\"WindowFrom\":\"2025-06-01T00:00:00Z\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await TestServer.Error(response);
        Assert.Contains("WindowTo", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static string WithoutTransitions(string cliJson) =>
        new Regex("\"transitions\": [0-9]+,").Replace(cliJson, "\"transitions\": null,", 1);

    /// <summary>The demo's journeys driven once through the plugins on an org served by `funnel serve`'s host.</summary>
    public sealed class DemoServer : IAsyncLifetime
    {
        private WebApiServer? server;

        public HttpClient Client { get; private set; } = null!;

        private IReadOnlyList<StageMove> moves = Array.Empty<StageMove>();

        public async Task InitializeAsync()
        {
            // As `funnel serve --demo 300` does (ServeCommand.Import).
            var scenario = ScenarioPlanner.Plan(300, DemoOptions.DefaultSeed);
            var organization = SolutionImporter.Import(TestServer.Zip, new ManualClock(new DateTimeOffset(ScenarioPlanner.ImportedOn.AddHours(-1), TimeSpan.Zero)));
            new ScenarioDriver(organization.Org, scenario, TextWriter.Null).Run();
            moves = TransitionExport.FromOrganization(organization.Org);
            server = await WebApiServer.StartAsync(new ServerOptions { Port = 0, Token = TestServer.Token }, organization);
            Client = new HttpClient { BaseAddress = server.ServiceRoot };
            Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestServer.Token);
        }

        public async Task<(string MetricsJson, string PosterSvg)> Call(string body)
        {
            using var response = await Client.PostAsync("bowtie_GetBowtieMetrics", TestServer.Json(body));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
            var root = JsonDocument.Parse(text).RootElement;
            Assert.EndsWith("$metadata#Microsoft.Dynamics.CRM.bowtie_GetBowtieMetricsResponse", root.GetProperty("@odata.context").GetString(), StringComparison.Ordinal);
            return (root.GetProperty("MetricsJson").GetString()!, root.GetProperty("PosterSvg").GetString()!);
        }

        /// <summary>`funnel metrics --from --to --json` on the export of the journeys whose motion passes <paramref name="motion"/>.</summary>
        public BowtieMetrics Cli(string from, string to, Func<string?, bool> motion)
        {
            var keep = moves.GroupBy(m => m.JourneyId)
                .Where(j => motion(j.LastOrDefault(m => !string.IsNullOrWhiteSpace(m.Motion)).Motion))
                .Select(j => j.Key).ToHashSet(StringComparer.Ordinal);
            var csv = Path.Combine(Path.GetTempPath(), $"transitions-{Guid.NewGuid():N}.csv");
            try
            {
                TransitionCsvWriter.Write(csv, moves.Where(m => keep.Contains(m.JourneyId)));
                return TransitionCsvReader.Compute(csv, new MetricsOptions { From = DateOnly.Parse(from), To = DateOnly.Parse(to) });
            }
            finally
            {
                File.Delete(csv);
            }
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            if (server is not null) await server.DisposeAsync();
        }
    }
}
