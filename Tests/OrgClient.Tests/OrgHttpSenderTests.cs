using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using DataverseFunnel.OrgClient.Tests.TestSupport;

namespace DataverseFunnel.OrgClient.Tests
{
    public sealed class OrgHttpSenderTests
    {
        [Fact]
        public async Task Throttled_request_waits_exactly_retry_after_seconds()
        {
            var clock = FakeClock.Create();
            var handler = new ScriptedHandler((r, i) => i < 2 ? ScriptedHandler.Throttled(TimeSpan.FromSeconds(3)) : ScriptedHandler.Json(HttpStatusCode.OK, "{}"), clock);
            using var client = Org.Client(handler, new ResilienceOptions { TimeProvider = clock });

            await FakeClock.RunAsync(clock, () => client.GetAsync("accounts"));

            var at = handler.Ordered.Select(r => r.At).ToList();
            Assert.Equal(3, at.Count);
            for (var i = 1; i < at.Count; i++)
            {
                var gap = at[i] - at[i - 1];
                Assert.True(gap >= TimeSpan.FromSeconds(3), $"retry {i} came {gap.TotalSeconds} s after the 429, before Retry-After");
                Assert.True(gap < TimeSpan.FromSeconds(3.5), $"retry {i} waited {gap.TotalSeconds} s: more than asked");
            }
        }

        [Fact]
        public async Task Throttled_request_honours_an_http_date()
        {
            var clock = FakeClock.Create();
            var handler = new ScriptedHandler((r, i) =>
            {
                if (i > 0)
                {
                    return ScriptedHandler.Json(HttpStatusCode.OK, "{}");
                }

                var response = ScriptedHandler.Throttled(TimeSpan.Zero);
                response.Headers.RetryAfter = new RetryConditionHeaderValue(r.At.AddSeconds(5));
                return response;
            }, clock);
            using var client = Org.Client(handler, new ResilienceOptions { TimeProvider = clock });

            await FakeClock.RunAsync(clock, () => client.GetAsync("accounts"));

            var at = handler.Ordered.Select(r => r.At).ToList();
            Assert.True(at[1] - at[0] >= TimeSpan.FromSeconds(5), $"called {(at[1] - at[0]).TotalSeconds} s after, before the date");
        }

        [Theory]
        [InlineData(HttpStatusCode.BadGateway)]
        [InlineData(HttpStatusCode.ServiceUnavailable)]
        [InlineData(HttpStatusCode.GatewayTimeout)]
        public async Task Gateway_and_availability_errors_are_retried_with_backoff(HttpStatusCode status)
        {
            var clock = FakeClock.Create();
            var handler = new ScriptedHandler((r, i) => i < 3 ? ScriptedHandler.Error(status, "0x0", "busy") : ScriptedHandler.Json(HttpStatusCode.OK, "{\"ok\":1}"), clock);
            using var client = Org.Client(handler, new ResilienceOptions { TimeProvider = clock, BaseDelay = TimeSpan.FromSeconds(1) });

            using var response = await FakeClock.RunAsync(clock, () => client.GetAsync("accounts"), TimeSpan.FromMilliseconds(50));

            Assert.Equal(1, response.Body!.RootElement.GetProperty("ok").GetInt32());
            var at = handler.Ordered.Select(r => r.At).ToList();
            Assert.Equal(4, at.Count);
            // Backoff: the client waits between attempts instead of hammering the org.
            Assert.True(at[3] - at[0] > TimeSpan.Zero, "no wait at all between retries");
        }

        [Fact]
        public async Task A_connection_reset_is_retried()
        {
            var clock = FakeClock.Create();
            var handler = new ScriptedHandler((r, i) => i == 0
                ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection reset by peer", new System.IO.IOException("reset"))
                : ScriptedHandler.Json(HttpStatusCode.OK, "{}"), clock);
            using var client = Org.Client(handler, new ResilienceOptions { TimeProvider = clock });

            await FakeClock.RunAsync(clock, () => client.GetAsync("accounts"));

            Assert.Equal(2, handler.Requests.Count);
        }

        [Fact]
        public async Task Client_errors_are_not_retried_and_end_in_one_line_with_org_request_and_platform_message()
        {
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Error(HttpStatusCode.NotFound, "0x80060888", "Resource not found for the segment 'bowtie_nothings'."));
            using var client = Org.Client(handler);

            var error = await Assert.ThrowsAsync<OrgRequestException>(() => client.GetAsync("bowtie_nothings?$filter=name eq 'x'"));

            Assert.Single(handler.Requests);
            Assert.Equal(HttpStatusCode.NotFound, error.Status);
            Assert.Equal("0x80060888", error.ErrorCode);
            Assert.Equal(
                "https://contoso.crm.dynamics.com: GET /api/data/v9.2/bowtie_nothings failed: HTTP 404 0x80060888: Resource not found for the segment 'bowtie_nothings'.",
                error.Message);
        }

        [Fact]
        public async Task The_deadline_ends_retries_with_one_line()
        {
            var clock = FakeClock.Create();
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Error(HttpStatusCode.ServiceUnavailable, "0x0", "down"), clock);
            using var client = Org.Client(handler, new ResilienceOptions { TimeProvider = clock, Deadline = TimeSpan.FromSeconds(20), MaxRetries = 1000 });

            var error = await Assert.ThrowsAsync<OrgRequestException>(() => FakeClock.RunAsync(clock, () => client.GetAsync("accounts"), TimeSpan.FromMilliseconds(500)));

            Assert.Contains("deadline of 20 s (retries included); last: HTTP 503 0x0: down", error.Message, StringComparison.Ordinal);
            Assert.StartsWith("https://contoso.crm.dynamics.com: GET /api/data/v9.2/accounts failed", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
            Assert.True(handler.Requests.Count > 1);
            Assert.True(handler.Ordered[^1].At - handler.Ordered[0].At <= TimeSpan.FromSeconds(20));
        }

        [Fact]
        public async Task Retries_give_up_after_the_limit_and_report_the_last_answer()
        {
            var clock = FakeClock.Create();
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Throttled(TimeSpan.FromSeconds(1)), clock);
            using var client = Org.Client(handler, new ResilienceOptions { TimeProvider = clock, MaxRetries = 2 });

            var error = await Assert.ThrowsAsync<OrgRequestException>(() => FakeClock.RunAsync(clock, () => client.GetAsync("accounts")));

            Assert.Equal(3, handler.Requests.Count);
            Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
            Assert.Contains("Number of requests exceeded", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Requests_in_flight_never_exceed_the_bound()
        {
            var inFlight = 0;
            var peak = 0;
            var handler = new ScriptedHandler(async (r, i) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref peak, now);
                await Task.Delay(20);
                Interlocked.Decrement(ref inFlight);
                return ScriptedHandler.Json(HttpStatusCode.OK, "{}");
            });
            using var client = Org.Client(handler, new ResilienceOptions { MaxConcurrency = 3 });

            await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(() => client.GetAsync("accounts"))));

            Assert.Equal(24, handler.Requests.Count);
            Assert.Equal(3, peak);
        }

        [Fact]
        public void The_default_bound_is_the_platform_limit_of_52()
        {
            Assert.Equal(52, new ResilienceOptions().MaxConcurrency);
        }

        [Fact]
        public async Task Every_request_carries_the_bearer_token_and_odata_headers()
        {
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Json(HttpStatusCode.OK, "{}"));
            using var client = Org.Client(handler);

            await client.PostAsync("accounts", new { name = "A" });

            var request = Assert.Single(handler.Requests);
            Assert.Equal(Org.Api("accounts"), request.Uri);
            Assert.Equal("Bearer " + Org.Token, request.Headers["Authorization"]);
            Assert.Equal("4.0", request.Headers["OData-Version"]);
            Assert.Equal("4.0", request.Headers["OData-MaxVersion"]);
            Assert.Equal("application/json", request.Headers["Accept"]);
            Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
            Assert.Equal("{\"name\":\"A\"}", request.Body);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
