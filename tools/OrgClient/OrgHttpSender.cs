using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// Sends Web API requests through the resilience pipeline: a deadline over all attempts, retries for throttling
    /// (429, waiting exactly Retry-After), 502/503/504 and connection resets (jittered exponential backoff), and at
    /// most <see cref="ResilienceOptions.MaxConcurrency"/> requests in flight. A failure becomes one
    /// <see cref="OrgRequestException"/> line.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#how-to-re-try
    /// </summary>
    public sealed class OrgHttpSender : IDisposable
    {
        private readonly HttpClient http;
        private readonly ITokenSource tokens;
        private readonly Redactor redactor;
        private readonly ResilienceOptions options;
        private readonly SemaphoreSlim inFlight;
        private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

        /// <summary>Why the last attempt was retried, for the line a deadline ends with.</summary>
        private static readonly ResiliencePropertyKey<string> LastFailure = new("DataverseFunnel.OrgClient.LastFailure");

        /// <param name="handler">The HTTP stack (tests script it); the sender owns it.</param>
        public OrgHttpSender(OrgEndpoint endpoint, ITokenSource tokens, Redactor redactor, ResilienceOptions options, HttpMessageHandler handler)
        {
            Endpoint = endpoint;
            this.tokens = tokens;
            this.redactor = redactor;
            this.options = options;
            // The deadline below bounds every request; HttpClient's own 100 s timeout would cut a slow import short.
            http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
            inFlight = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
            pipeline = Build(options);
        }

        public OrgEndpoint Endpoint { get; }

        /// <summary>Requests in flight right now (for tests and progress).</summary>
        public int InFlight => options.MaxConcurrency - inFlight.CurrentCount;

        /// <summary>Sends the request, retrying as the platform asks; returns the response read whole.</summary>
        /// <exception cref="OrgRequestException">The org refused the request, or the deadline passed.</exception>
        public async Task<OrgResponse> SendAsync(OrgRequest request, CancellationToken cancellationToken = default)
        {
            using var response = await SendCheckedAsync(request, cancellationToken).ConfigureAwait(false);
            var entityId = response.Headers.TryGetValues("OData-EntityId", out var ids) ? string.Join(",", ids) : null;
            // Parsed from the buffered UTF-8 bytes: no UTF-16 copy of a 5,000-row page.
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var document = stream.Length == 0 ? null : await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new OrgResponse(response.StatusCode, entityId, document);
        }

        /// <summary>As <see cref="SendAsync"/>, but returns the body's bytes as received (a page read forward-only).</summary>
        /// <exception cref="OrgRequestException">The org refused the request, or the deadline passed.</exception>
        /// <remarks>The bytes are in a pooled array: dispose the body when done with them.</remarks>
        internal async Task<PooledBody> SendForBytesAsync(OrgRequest request, CancellationToken cancellationToken = default)
        {
            using var response = await SendCheckedAsync(request, cancellationToken, pooledBody: true).ConfigureAwait(false);
            return PooledBody.Take(response.Content);
        }

        /// <summary>The successful response, its body buffered; the caller disposes it.</summary>
        private async Task<HttpResponseMessage> SendCheckedAsync(OrgRequest request, CancellationToken cancellationToken, bool pooledBody = false)
        {
            HttpResponseMessage response;
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            try
            {
                response = await pipeline.ExecuteAsync(
                    static async (context, state) => await state.self.AttemptAsync(state.request, state.pooledBody, context.CancellationToken).ConfigureAwait(false),
                    context,
                    (self: this, request, pooledBody)).ConfigureAwait(false);
            }
            catch (TimeoutRejectedException)
            {
                var last = context.Properties.GetValue(LastFailure, string.Empty);
                throw Fail(request, null, $"no answer within the deadline of {options.Deadline.TotalSeconds:0} s (retries included)"
                    + (last.Length == 0 ? string.Empty : $"; last: {last}"));
            }
            catch (HttpRequestException e)
            {
                throw Fail(request, null, $"connection failed: {e.Message}");
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var error = DataverseError.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                throw Fail(request, response.StatusCode, await DescribeAsync(response).ConfigureAwait(false), error.Code);
            }
        }

        public void Dispose()
        {
            http.Dispose();
            inFlight.Dispose();
        }

        private async Task<HttpResponseMessage> AttemptAsync(OrgRequest request, bool pooledBody, CancellationToken cancellationToken)
        {
            var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            await inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                using var message = new HttpRequestMessage(request.Method, request.Resolve(Endpoint));
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                message.Headers.Add("OData-MaxVersion", "4.0");
                message.Headers.Add("OData-Version", "4.0");
                if (request.Prefer is not null)
                {
                    message.Headers.Add("Prefer", request.Prefer);
                }

                if (request.JsonBody is not null)
                {
                    message.Content = new StringContent(request.JsonBody, Encoding.UTF8, "application/json");
                }

                var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                try
                {
                    // The body is read inside the attempt: a connection dropped mid-page retries the page instead of
                    // surfacing half of it.
                    if (pooledBody && response.IsSuccessStatusCode)
                    {
                        var body = await PooledBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
                        response.Content.Dispose();
                        response.Content = body.AsContent();
                    }
                    else
                    {
                        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
                    }

                    return response;
                }
                catch
                {
                    response.Dispose();
                    throw;
                }
            }
            finally
            {
                inFlight.Release();
            }
        }

        private OrgRequestException Fail(OrgRequest request, HttpStatusCode? status, string what, string? code = null) =>
            new(redactor.Redact($"{Endpoint.Name}: {request.Describe(Endpoint)} failed: {what}"), status, code);

        private static ResiliencePipeline<HttpResponseMessage> Build(ResilienceOptions options)
        {
            var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider };
            builder.AddTimeout(options.Deadline);
            if (options.MaxRetries > 0)
            {
                builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                        .Handle<HttpRequestException>(IsConnectionReset)
                        .HandleResult(r => IsTransient(r.StatusCode)),
                    OnRetry = async args =>
                    {
                        args.Context.Properties.Set(LastFailure, args.Outcome.Exception is { } e
                            ? e.Message
                            : await DescribeAsync(args.Outcome.Result!).ConfigureAwait(false));
                    },
                    // 429: exactly what Retry-After asks, never sooner; otherwise null falls back to the jittered backoff.
                    DelayGenerator = args => new ValueTask<TimeSpan?>(
                        args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } throttled
                            ? RetryAfter.Wait(throttled.Headers.RetryAfter, options.TimeProvider.GetUtcNow()) + RetryAfter.TimerMargin
                            : null),
                });
            }

            return builder.Build();
        }

        private static async Task<string> DescribeAsync(HttpResponseMessage response)
        {
            var error = DataverseError.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
            var code = error.Code is null ? string.Empty : $" {error.Code}";
            return $"HTTP {(int)response.StatusCode}{code}: {error.Message ?? response.ReasonPhrase}";
        }

        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors:
        // 429 is service protection; 502/503/504 are the transient gateway and availability statuses.
        private static bool IsTransient(HttpStatusCode status) =>
            status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

        private static bool IsConnectionReset(HttpRequestException e) =>
            e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.ResponseEnded
            || e.InnerException is System.IO.IOException or System.Net.Sockets.SocketException;
    }
}
