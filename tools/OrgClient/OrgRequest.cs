using System;
using System.Net.Http;

namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// One Web API request, kept as data so every attempt builds a fresh <see cref="HttpRequestMessage"/> (a message
    /// cannot be sent twice).
    /// </summary>
    /// <param name="Method">GET, POST, PATCH…</param>
    /// <param name="Target">Relative to the Web API root ("WhoAmI", "accounts?$select=name"), or an absolute
    /// <c>@odata.nextLink</c> on the same org.</param>
    /// <param name="JsonBody">The JSON body, or null.</param>
    /// <param name="Prefer">The Prefer header, e.g. <c>odata.maxpagesize=5000</c>, or null.</param>
    public sealed record OrgRequest(HttpMethod Method, string Target, string? JsonBody = null, string? Prefer = null)
    {
        /// <summary>The request for messages: method and path, without the query (a skiptoken, filter values).</summary>
        public string Describe(OrgEndpoint endpoint)
        {
            var uri = Resolve(endpoint);
            return $"{Method.Method} {uri.AbsolutePath}";
        }

        public Uri Resolve(OrgEndpoint endpoint) =>
            Uri.TryCreate(Target, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
                ? absolute
                : new Uri(endpoint.ApiRoot, Target);
    }
}
