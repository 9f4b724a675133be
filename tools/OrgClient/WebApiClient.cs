using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// The few Web API calls the verbs need: paged queries streamed page by page, create and update, and the actions
    /// and functions for identity and solution import. Every call goes through <see cref="OrgHttpSender"/>.
    /// </summary>
    public sealed class WebApiClient : IDisposable
    {
        /// <summary>The largest page the platform serves (and its default).
        /// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/page-results</summary>
        public const int MaxPageSize = 5000;

        private readonly OrgHttpSender sender;

        public WebApiClient(OrgHttpSender sender) => this.sender = sender;

        public OrgEndpoint Endpoint => sender.Endpoint;

        /// <summary>
        /// Streams a query's pages, following <c>@odata.nextLink</c> with <c>Prefer: odata.maxpagesize</c>. At most two
        /// pages are held: the one given out and the next, asked for before this one is given out so the server builds it
        /// while the caller works. A page is fetched (and retried) whole before it is given out, and is valid until the
        /// enumerator moves past it: its buffer is pooled.
        /// </summary>
        /// <param name="query">Entity set and query options, e.g. <c>accounts?$select=name</c>.</param>
        public async IAsyncEnumerable<WebApiPage> QueryPagesAsync(string query, int pageSize = MaxPageSize,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            if (pageSize is < 1 or > MaxPageSize)
            {
                throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {MaxPageSize} rows.");
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task<PooledBody> Fetch(string target) =>
                sender.SendForBytesAsync(new OrgRequest(HttpMethod.Get, target, Prefer: $"odata.maxpagesize={pageSize}"), stop.Token);

            string current = query;
            Task<PooledBody>? pending = Fetch(query);
            try
            {
                while (pending is not null)
                {
                    var body = await pending.ConfigureAwait(false);
                    pending = null;
                    if (body.Bytes.IsEmpty)
                    {
                        body.Dispose();
                        throw new OrgRequestException($"{Endpoint.Name}: GET {current} answered without a body", HttpStatusCode.OK, null);
                    }

                    // The page's buffer goes back to the pool when the caller moves past it (or stops).
                    using var page = WebApiPage.Parse(body);
                    if (page.NextLink is { } next)
                    {
                        current = next;
                        pending = Fetch(next);
                    }

                    yield return page;
                }
            }
            finally
            {
                if (pending is not null)
                {
                    // The caller stopped early (or failed): the page asked for ahead is not wanted.
                    stop.Cancel();
                    try
                    {
                        (await pending.ConfigureAwait(false)).Dispose();
                    }
                    catch (Exception e) when (e is OperationCanceledException or OrgRequestException or HttpRequestException)
                    {
                    }
                }
            }
        }

        /// <summary>GET one resource (a record, a function's result).</summary>
        public Task<OrgResponse> GetAsync(string target, CancellationToken cancellationToken = default) =>
            sender.SendAsync(new OrgRequest(HttpMethod.Get, target), cancellationToken);

        /// <summary>POST a JSON body: create a record, or invoke an action.</summary>
        public Task<OrgResponse> PostAsync(string target, object? body, CancellationToken cancellationToken = default) =>
            sender.SendAsync(new OrgRequest(HttpMethod.Post, target, body is null ? null : JsonSerializer.Serialize(body)), cancellationToken);

        /// <summary>PATCH a record (update; the platform upserts unless told otherwise).</summary>
        public Task<OrgResponse> PatchAsync(string target, object body, CancellationToken cancellationToken = default) =>
            sender.SendAsync(new OrgRequest(HttpMethod.Patch, target, JsonSerializer.Serialize(body)), cancellationToken);

        public void Dispose() => sender.Dispose();
    }
}
