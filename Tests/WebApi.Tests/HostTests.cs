using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.WebApi.Tests.Support;

namespace DataverseFunnel.WebApi.Tests;

public sealed class HostTests
{
    [Fact]
    public async Task Listens_on_loopback_on_a_free_port_and_lists_the_solutions_entity_sets()
    {
        await using var server = await TestServer.Start();
        Assert.Equal("127.0.0.1", server.Server.BaseAddress.Host);
        Assert.NotEqual(0, server.Server.BaseAddress.Port);
        Assert.EndsWith("/api/data/v9.2/", server.Server.ServiceRoot.ToString(), StringComparison.Ordinal);
        var document = await server.GetJson("");
        var sets = document.GetProperty("value").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("bowtie_journeys", sets);
        Assert.Contains("bowtie_stagetransitions", sets);
        Assert.Contains("accounts", sets);
    }

    [Fact]
    public async Task The_imported_zip_registers_its_plugin_steps()
    {
        await using var server = await TestServer.Start();
        Assert.Equal(20, server.Org.Steps.Count);
    }

    [Fact]
    public async Task An_empty_org_has_core_tables_only()
    {
        await using var server = await TestServer.Start(empty: true);
        using var response = await server.Client.GetAsync("bowtie_journeys");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(server.Org.Steps);
        Assert.Equal(0, (await server.GetJson("accounts")).GetProperty("value").GetArrayLength());
    }

    [Fact]
    public async Task A_port_in_use_fails_to_start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            await Assert.ThrowsAnyAsync<System.IO.IOException>(() =>
                WebApiServer.StartAsync(new ServerOptions { Port = port, Token = "t" }, SolutionImporter.Empty(TimeProvider.System)));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void A_file_that_is_not_a_solution_zip_is_refused_with_one_line()
    {
        var error = Assert.Throws<System.IO.InvalidDataException>(() => SolutionImporter.Import(new byte[] { 1, 2, 3 }, TimeProvider.System));
        Assert.StartsWith("not a solution zip", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
