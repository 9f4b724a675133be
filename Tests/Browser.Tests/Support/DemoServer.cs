using System;
using System.IO;
using System.Threading.Tasks;
using DataverseFunnel.Cli.Commands;
using DataverseFunnel.InMemory;
using DataverseFunnel.Metrics;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.Demo;

namespace DataverseFunnel.Browser.Tests.Support;

/// <summary>
/// `funnel serve --demo` started in-process on a free 127.0.0.1 port: the org the CLI's serve verb builds (our solution
/// packed and imported, the demo's journeys driven through the plugins), behind the real server.
/// </summary>
public sealed class DemoServer : IAsyncLifetime
{
    public const string Token = "browser-tests.3f9a61";
    public const string PosterPath = "/WebResources/bowtie_/poster/poster.html";

    private WebApiServer? server;

    internal WebApiServer Server => server ?? throw new InvalidOperationException("the server has not started");

    internal InMemoryOrganization Org => Server.Host.Current.Org;

    public async Task InitializeAsync()
    {
        var organization = ServeCommand.Import(solution: null, demo: ServeCommand.DefaultDemoJourneys);
        server = await WebApiServer.StartAsync(new ServerOptions { Port = 0, Token = Token }, organization);
    }

    public async Task DisposeAsync()
    {
        if (server is not null) await server.DisposeAsync();
    }

    /// <summary>The browser sign-in link the server prints, sending the browser on to <paramref name="redirect"/>.</summary>
    public string SignInLink(string redirect = PosterPath) =>
        new Uri(Server.BaseAddress, $"signin?token={Uri.EscapeDataString(Token)}&redirect={Uri.EscapeDataString(redirect)}").ToString();

    /// <summary>
    /// What `funnel metrics --transitions X --from F --to T --json` writes for the server's data: its own transitions export
    /// (in recording order: `funnel metrics --org` against `funnel serve --demo` meets the random ids' disorder, a known gap)
    /// read by the metrics engine, as the end-to-end tests of `funnel pull` compare.
    /// </summary>
    public string CliMetricsJson(DateOnly from, DateOnly to)
    {
        var csv = Path.Combine(Path.GetTempPath(), $"browser-tests-{Guid.NewGuid():N}.csv");
        try
        {
            TransitionCsvWriter.Write(csv, TransitionExport.FromOrganization(Org));
            return MetricsJsonWriter.ToJson(TransitionCsvReader.Compute(csv, new MetricsOptions { From = from, To = to }));
        }
        finally
        {
            File.Delete(csv);
        }
    }
}
