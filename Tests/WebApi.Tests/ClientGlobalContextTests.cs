using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Tests.Support;

namespace DataverseFunnel.WebApi.Tests;

/// <summary>/WebResources/ClientGlobalContext.js.aspx: the context script an HTML web resource includes, as Dynamics serves it.</summary>
public sealed class ClientGlobalContextTests
{
    [Fact]
    public async Task The_context_script_gives_the_servers_client_url_and_the_calling_users_id()
    {
        await using var server = await TestServer.Start(empty: true);
        var who = await server.GetJson("WhoAmI");

        using var response = await server.Client.GetAsync(new Uri(server.Server.BaseAddress, "WebResources/ClientGlobalContext.js.aspx"));
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        var origin = server.Server.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.Contains($"getClientUrl: function () {{ return \"{origin}\"; }}", script, StringComparison.Ordinal);
        Assert.DoesNotContain(origin + "/\"", script, StringComparison.Ordinal);
        Assert.Contains($"userId: \"{{{who.GetProperty("UserId").GetGuid().ToString().ToUpperInvariant()}}}\"", script, StringComparison.Ordinal);
        Assert.Contains("languageId: 1033", script, StringComparison.Ordinal);
        Assert.Contains("window.GetGlobalContext = function", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_context_script_needs_a_signed_in_caller()
    {
        await using var server = await TestServer.Start(empty: true);
        using var anonymous = new HttpClient();

        using var response = await anonymous.GetAsync(new Uri(server.Server.BaseAddress, "WebResources/ClientGlobalContext.js.aspx"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
