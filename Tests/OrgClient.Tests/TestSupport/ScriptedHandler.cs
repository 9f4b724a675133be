using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DataverseFunnel.OrgClient.Tests.TestSupport
{
    /// <summary>One request as the handler saw it, with the (fake) time it arrived.</summary>
    public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body, DateTimeOffset At);

    /// <summary>
    /// A network-free HTTP stack: answers from a script and records every request. The script sees the request and
    /// its index (0-based) and returns a response, or throws to simulate a dropped connection.
    /// </summary>
    public sealed class ScriptedHandler : HttpMessageHandler
    {
        private readonly Func<RecordedRequest, int, Task<HttpResponseMessage>> script;
        private readonly TimeProvider clock;
        private int count;

        public ScriptedHandler(Func<RecordedRequest, int, HttpResponseMessage> script, TimeProvider? clock = null)
            : this((r, i) => Task.FromResult(script(r, i)), clock)
        {
        }

        public ScriptedHandler(Func<RecordedRequest, int, Task<HttpResponseMessage>> script, TimeProvider? clock = null)
        {
            this.script = script;
            this.clock = clock ?? TimeProvider.System;
        }

        public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

        public IReadOnlyList<RecordedRequest> Ordered => Requests.ToList();

        public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
            new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

        public static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
            Json(status, $"{{\"error\":{{\"code\":\"{code}\",\"message\":\"{message}\"}}}}");

        public static HttpResponseMessage Throttled(TimeSpan retryAfter)
        {
            var response = Error(HttpStatusCode.TooManyRequests, "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.");
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
            return response;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            if (request.Content is not null)
            {
                foreach (var h in request.Content.Headers)
                {
                    headers[h.Key] = string.Join(",", h.Value);
                }
            }

            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, body, clock.GetUtcNow());
            Requests.Enqueue(recorded);
            var response = await script(recorded, Interlocked.Increment(ref count) - 1);
            response.RequestMessage = request;
            return response;
        }
    }
}
