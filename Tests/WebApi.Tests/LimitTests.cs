using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using DataverseFunnel.WebApi.Hosting;
using DataverseFunnel.WebApi.Tests.Support;

namespace DataverseFunnel.WebApi.Tests;

public sealed class LimitTests
{
    [Fact]
    public async Task Over_the_request_limit_the_answer_is_429_with_Retry_After()
    {
        await using var server = await TestServer.Start(empty: true, throttle: ThrottleSpec.Parse("requests=3/300s"));
        for (var i = 0; i < 3; i++)
        {
            using var ok = await server.Client.GetAsync("accounts");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await server.Client.PostAsync("accounts", TestServer.Json("{\"name\":\"Throttled\"}"));
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter.TotalSeconds, 1, 300);
        var error = await TestServer.Error(refused);
        Assert.Equal("0x80072322", error.GetProperty("code").GetString());
        Assert.Equal(0, server.Org.Count("account"));
    }

    [Fact]
    public void The_throttle_spec_reads_both_limits_and_refuses_nonsense()
    {
        var spec = ThrottleSpec.Parse("requests=600/300s,concurrent=52");
        Assert.Equal(600, spec.Requests);
        Assert.Equal(TimeSpan.FromSeconds(300), spec.Window);
        Assert.Equal(52, spec.Concurrent);
        Assert.Throws<FormatException>(() => ThrottleSpec.Parse("requests=0/300s"));
        Assert.Throws<FormatException>(() => ThrottleSpec.Parse("bursts=5"));
    }

    [Fact]
    public async Task Over_the_concurrency_limit_the_answer_is_429()
    {
        var clock = new DataverseFunnel.InMemory.ManualClock();
        var throttle = new Throttle(ThrottleSpec.Parse("concurrent=1"), clock);
        using var first = throttle.TryEnter(out var none, out _);
        Assert.NotNull(first);
        Assert.Null(none);
        Assert.Null(throttle.TryEnter(out var refusal, out var retry));
        Assert.Equal(429, refusal!.Status);
        Assert.Equal("0x80072326", refusal.HexCode);
        Assert.True(retry >= 1);
        first!.Dispose();
        using var again = throttle.TryEnter(out _, out _);
        Assert.NotNull(again);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_nothing_is_written()
    {
        await using var server = await TestServer.Start(empty: true, maxBody: 1024);
        using var response = await server.Client.PostAsync("accounts", TestServer.Json("{\"name\":\"" + new string('x', 2000) + "\"}"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.TryGetProperty("error", out _));
        Assert.Equal(0, server.Org.Count("account"));
    }

    [Theory]
    [InlineData("{\"name\":", "not valid JSON")]
    [InlineData("{\"nosuch\":1}", "nosuch")]
    [InlineData("{\"name\":12}", "name")]
    public async Task A_bad_body_is_400_naming_the_problem(string body, string named)
    {
        await using var server = await TestServer.Start(empty: true);
        using var response = await server.Client.PostAsync("accounts", TestServer.Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, (await TestServer.Error(response)).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, server.Org.Count("account"));
    }
}
