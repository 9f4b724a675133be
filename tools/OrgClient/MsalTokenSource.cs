using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// Tokens from Microsoft Entra ID through MSAL. Confidential clients (secret, certificate) use client credentials;
    /// a person uses the device code flow. MSAL serves a cached token until it nears expiry and then refreshes it,
    /// so asking before every request is cheap.
    /// https://learn.microsoft.com/entra/msal/dotnet/acquiring-tokens/web-apps-apis/client-credential-flows,
    /// https://learn.microsoft.com/entra/msal/dotnet/acquiring-tokens/desktop-mobile/device-code-flow
    /// </summary>
    public sealed class MsalTokenSource : ITokenSource
    {
        /// <summary>Entra ID's global cloud.</summary>
        public const string Instance = "https://login.microsoftonline.com/";

        private readonly IConfidentialClientApplication? confidential;
        private readonly IPublicClientApplication? publicClient;
        private readonly string[] scopes;
        private readonly Action<string> showDeviceCode;
        private readonly Redactor redactor;

        private MsalTokenSource(IConfidentialClientApplication? confidential, IPublicClientApplication? publicClient,
            string scope, Action<string> showDeviceCode, Redactor redactor)
        {
            this.confidential = confidential;
            this.publicClient = publicClient;
            scopes = new[] { scope };
            this.showDeviceCode = showDeviceCode;
            this.redactor = redactor;
        }

        /// <summary>The authority for a tenant (directory id or domain); device code without a tenant uses "organizations".</summary>
        public static string Authority(string? tenant) =>
            Instance + (string.IsNullOrWhiteSpace(tenant) ? "organizations" : Uri.EscapeDataString(tenant.Trim()));

        /// <param name="options">Validated options whose sign-in is not <see cref="SignIn.Token"/>.</param>
        /// <param name="httpClientFactory">MSAL's HTTP (tests script the identity endpoint with it); null for MSAL's own.</param>
        public static MsalTokenSource Create(OrgConnectionOptions options, SignIn signIn, OrgEndpoint endpoint, Redactor redactor,
            Action<string> showDeviceCode, IMsalHttpClientFactory? httpClientFactory = null)
        {
            var cache = new TokenCacheFile(options.TokenCachePath ?? TokenCacheFile.DefaultPath);
            var authority = Authority(options.Tenant);
            if (signIn == SignIn.DeviceCode)
            {
                var builder = PublicClientApplicationBuilder.Create(options.ClientId).WithAuthority(authority);
                if (httpClientFactory is not null)
                {
                    builder = builder.WithHttpClientFactory(httpClientFactory);
                }

                var app = builder.Build();
                cache.Bind(app.UserTokenCache);
                return new MsalTokenSource(null, app, endpoint.Scope, showDeviceCode, redactor);
            }

            var confidentialBuilder = ConfidentialClientApplicationBuilder.Create(options.ClientId).WithAuthority(authority);
            confidentialBuilder = signIn == SignIn.Certificate
                ? confidentialBuilder.WithCertificate(LoadCertificate(options.CertificatePath!, options.CertificatePassword))
                : confidentialBuilder.WithClientSecret(options.ClientSecret);
            if (httpClientFactory is not null)
            {
                confidentialBuilder = confidentialBuilder.WithHttpClientFactory(httpClientFactory);
            }

            var confidentialApp = confidentialBuilder.Build();
            cache.Bind(confidentialApp.AppTokenCache);
            return new MsalTokenSource(confidentialApp, null, endpoint.Scope, showDeviceCode, redactor);
        }

        public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
        {
            AuthenticationResult result;
            try
            {
                result = confidential is not null
                    ? await confidential.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false)
                    : await AcquireForPersonAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is MsalException or HttpRequestException)
            {
                throw new OrgSignInException(redactor.Redact($"sign-in failed: {FirstLine(e.Message)}"));
            }

            redactor.Add(result.AccessToken);
            return result.AccessToken;
        }

        private async Task<AuthenticationResult> AcquireForPersonAsync(CancellationToken cancellationToken)
        {
            var account = (await publicClient!.GetAccountsAsync().ConfigureAwait(false)).FirstOrDefault();
            if (account is not null)
            {
                try
                {
                    return await publicClient.AcquireTokenSilent(scopes, account).ExecuteAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (MsalUiRequiredException)
                {
                    // The refresh token expired or was revoked: sign in again below.
                }
            }

            return await publicClient.AcquireTokenWithDeviceCode(scopes, code =>
            {
                showDeviceCode(code.Message);
                return Task.CompletedTask;
            }).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }

        private static X509Certificate2 LoadCertificate(string path, string? password)
        {
            try
            {
                return X509CertificateLoader.LoadPkcs12FromFile(path, password);
            }
            catch (Exception e) when (e is System.IO.IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
            {
                throw new OrgUsageException($"--certificate {path}: cannot load a PFX certificate with its private key ({FirstLine(e.Message)})");
            }
        }

        private static string FirstLine(string text)
        {
            var end = text.IndexOfAny(new[] { '\r', '\n' });
            return end < 0 ? text : text[..end];
        }
    }
}
