using System;
using System.Net;

namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// The org's root URL, its Web API root and the MSAL scope built from it.
    /// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors
    /// (base URL <c>[Organization URI]/api/data/v9.2/</c>);
    /// https://learn.microsoft.com/power-apps/developer/data-platform/authenticate-oauth (scope <c>&lt;environment-url&gt;/.default</c>).
    /// </summary>
    public sealed class OrgEndpoint
    {
        private OrgEndpoint(Uri root)
        {
            Root = root;
            ApiRoot = new Uri(root, "api/data/v9.2/");
        }

        /// <summary>The org's URL, ending in '/', e.g. https://contoso.crm.dynamics.com/.</summary>
        public Uri Root { get; }

        /// <summary>The Web API root, e.g. https://contoso.crm.dynamics.com/api/data/v9.2/.</summary>
        public Uri ApiRoot { get; }

        /// <summary>The scope a confidential client asks for: the org's URL followed by <c>/.default</c>.</summary>
        public string Scope => Root.GetLeftPart(UriPartial.Authority) + "/.default";

        /// <summary>The org for messages: scheme, host and port.</summary>
        public string Name => Root.GetLeftPart(UriPartial.Authority);

        /// <summary>
        /// Accepts https URLs, and http only on the loopback (127.0.0.1, ::1 or localhost: <c>funnel serve</c>), since a
        /// bearer token must never cross a network in clear. The path may be empty or the Web API's own.
        /// </summary>
        /// <exception cref="OrgUsageException">Not an absolute URL, or http to anything but the loopback.</exception>
        public static OrgEndpoint Parse(string org)
        {
            if (!Uri.TryCreate(org.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new OrgUsageException($"--org '{org}' is not a URL such as https://contoso.crm.dynamics.com");
            }

            if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            {
                throw new OrgUsageException($"--org {uri.GetLeftPart(UriPartial.Authority)}: use https (http is only for the local server on 127.0.0.1 or localhost)");
            }

            if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query))
            {
                throw new OrgUsageException("--org takes the org's URL only, without user name or query");
            }

            // The org may be given as its root or as its Web API root (what funnel serve prints).
            var path = uri.AbsolutePath;
            var api = path.IndexOf("/api/data/", StringComparison.OrdinalIgnoreCase);
            var rootPath = api >= 0 ? path[..api] : path.TrimEnd('/');
            return new OrgEndpoint(new Uri(uri.GetLeftPart(UriPartial.Authority) + rootPath + "/"));
        }

        private static bool IsLoopback(Uri uri) =>
            uri.IsLoopback && (uri.Host == "localhost" || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
    }
}
