using System;
using System.Net.Http;

namespace DataverseFunnel.OrgClient
{
    /// <summary>Turns validated connection options into a ready <see cref="WebApiClient"/>.</summary>
    public static class OrgConnection
    {
        /// <param name="showDeviceCode">Where the device code prompt goes (stderr in the CLI).</param>
        /// <param name="handler">The HTTP stack; null for a real one.</param>
        /// <exception cref="OrgUsageException">The options are wrong.</exception>
        public static WebApiClient Open(OrgConnectionOptions options, Redactor redactor, ResilienceOptions? resilience = null,
            Action<string>? showDeviceCode = null, HttpMessageHandler? handler = null)
        {
            var (signIn, endpoint) = options.Validate();
            ITokenSource tokens = signIn == SignIn.Token
                ? new StaticTokenSource(options.Token!)
                : MsalTokenSource.Create(options, signIn, endpoint, redactor, showDeviceCode ?? (m => Console.Error.WriteLine(m)));
            return new WebApiClient(new OrgHttpSender(endpoint, tokens, redactor, resilience ?? new ResilienceOptions(),
                handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }));
        }
    }
}
