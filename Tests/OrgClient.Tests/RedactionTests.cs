using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using DataverseFunnel.OrgClient.Tests.TestSupport;

namespace DataverseFunnel.OrgClient.Tests
{
    /// <summary>Every failure the client builds, with a hostile org that echoes the token back: the token never shows.</summary>
    public sealed class RedactionTests
    {
        public static IEnumerable<object[]> Failures() => new[]
        {
            new object[] { "401 echoing the token", (Func<RecordedRequest, int, HttpResponseMessage>)((r, i) =>
                ScriptedHandler.Error(HttpStatusCode.Unauthorized, "0x80072560", "Bad token " + r.Headers["Authorization"])) },
            new object[] { "non-JSON error page", (Func<RecordedRequest, int, HttpResponseMessage>)((r, i) =>
                new HttpResponseMessage(HttpStatusCode.Forbidden) { Content = new StringContent("<html>" + r.Headers["Authorization"] + "</html>") }) },
            new object[] { "connection failures", (Func<RecordedRequest, int, HttpResponseMessage>)((r, i) =>
                throw new HttpRequestException(HttpRequestError.ConnectionError, "reset while sending " + r.Headers["Authorization"])) },
            new object[] { "throttled until retries run out", (Func<RecordedRequest, int, HttpResponseMessage>)((r, i) =>
                ScriptedHandler.Error(HttpStatusCode.TooManyRequests, "0x80072322", "slow down " + r.Headers["Authorization"])) },
        };

        [Theory]
        [MemberData(nameof(Failures))]
        public async Task The_token_never_appears_in_a_failure(string what, Func<RecordedRequest, int, HttpResponseMessage> script)
        {
            var clock = FakeClock.Create();
            var handler = new ScriptedHandler(script, clock);
            using var client = Org.Client(handler, new ResilienceOptions { TimeProvider = clock, MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(10) });

            var error = await Assert.ThrowsAsync<OrgRequestException>(() => FakeClock.RunAsync(clock, () => client.GetAsync("WhoAmI")));

            Assert.DoesNotContain(Org.Token, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Org.Token, error.ToString(), StringComparison.Ordinal);
            Assert.Contains(Redactor.Mask, error.Message, StringComparison.Ordinal);
            Assert.Contains("contoso.crm.dynamics.com", error.Message, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(what));
        }

        [Fact]
        public void Redactor_masks_every_secret_longest_first()
        {
            var redactor = new Redactor(new[] { "abcdef", "abcdefghij", null, "abc" });
            Assert.Equal("x *** y *** z abc", redactor.Redact("x abcdefghij y abcdef z abc"));
        }
    }
}
