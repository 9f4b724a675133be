using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.WebApi.Tests.Support;

namespace DataverseFunnel.WebApi.Tests;

public sealed class AuthTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task A_request_without_the_token_is_401_with_the_dataverse_error_body(string? token)
    {
        await using var server = await TestServer.Start(empty: true);
        using var client = new HttpClient { BaseAddress = server.Server.ServiceRoot };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("accounts");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await TestServer.Error(response);
        Assert.StartsWith("0x", error.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.Equal(0, server.Org.Count("account"));
    }

    [Fact]
    public async Task Signin_sets_an_httponly_cookie_that_authenticates_and_redirects_to_the_local_path()
    {
        await using var server = await TestServer.Start(empty: true);
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = server.Server.BaseAddress };
        using var signin = await browser.GetAsync($"signin?token={TestServer.Token}&redirect=%2Fapi%2Fdata%2Fv9.2%2Faccounts");
        Assert.Equal(HttpStatusCode.Redirect, signin.StatusCode);
        Assert.Equal("/api/data/v9.2/accounts", signin.Headers.Location!.OriginalString);
        var setCookie = signin.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestServer.Token, setCookie, StringComparison.Ordinal);
        using var page = await browser.GetAsync("api/data/v9.2/accounts");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Signin_never_redirects_off_the_server(string redirect)
    {
        await using var server = await TestServer.Start(empty: true);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = server.Server.BaseAddress };
        using var signin = await browser.GetAsync($"signin?token={TestServer.Token}&redirect={Uri.EscapeDataString(redirect)}");
        Assert.Equal(HttpStatusCode.Redirect, signin.StatusCode);
        Assert.Equal(WebApiServer.ApiPath, signin.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signin_with_a_wrong_token_sets_no_cookie()
    {
        await using var server = await TestServer.Start(empty: true);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = server.Server.BaseAddress };
        using var signin = await browser.GetAsync("signin?token=nope&redirect=/");
        Assert.Equal(HttpStatusCode.Unauthorized, signin.StatusCode);
        Assert.False(signin.Headers.Contains("Set-Cookie"));
    }
}
