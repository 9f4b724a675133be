using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using DataverseFunnel.OrgClient.Tests.TestSupport;
using Microsoft.Identity.Client;

namespace DataverseFunnel.OrgClient.Tests
{
    /// <summary>MSAL configured for the org, with the identity endpoint scripted: no network.</summary>
    public sealed class MsalTokenSourceTests : IDisposable
    {
        private const string Secret = "client-secret-value-42";
        private const string Tenant = "11111111-2222-3333-4444-555555555555";
        private const string AccessToken = "access-token-from-entra-id-0123456789";
        private readonly string directory = Path.Combine(Path.GetTempPath(), "orgclient-msal-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public void Authority_is_the_tenant_on_the_global_cloud()
        {
            Assert.Equal("https://login.microsoftonline.com/contoso.onmicrosoft.com", MsalTokenSource.Authority("contoso.onmicrosoft.com"));
            Assert.Equal("https://login.microsoftonline.com/organizations", MsalTokenSource.Authority(null));
        }

        [Fact]
        public async Task Client_secret_asks_the_tenant_for_the_org_default_scope_and_caches_the_token_in_a_private_file()
        {
            var identity = IdentityEndpoint(HttpStatusCode.OK, $"{{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"{AccessToken}\"}}");
            var cachePath = Path.Combine(directory, "cache.bin");
            var source = Create(identity, cachePath);

            Assert.Equal(AccessToken, await source.GetTokenAsync(default));
            Assert.Equal(AccessToken, await source.GetTokenAsync(default));

            var tokenRequests = identity.Ordered.Where(r => r.Uri.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)).ToList();
            var request = Assert.Single(tokenRequests);
            Assert.Equal($"/{Tenant}/oauth2/v2.0/token", request.Uri.AbsolutePath);
            Assert.Contains("scope=https%3A%2F%2Fcontoso.crm.dynamics.com%2F.default", request.Body, StringComparison.Ordinal);
            Assert.Contains("grant_type=client_credentials", request.Body, StringComparison.Ordinal);
            Assert.Contains("client_id=app-id", request.Body, StringComparison.Ordinal);

            Assert.True(File.Exists(cachePath));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cachePath));
            }

            // A new process (a new application) reads the token from the file instead of asking again.
            var second = IdentityEndpoint(HttpStatusCode.OK, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"another-token-value\"}");
            Assert.Equal(AccessToken, await Create(second, cachePath).GetTokenAsync(default));
            Assert.DoesNotContain(second.Ordered, r => r.Uri.AbsolutePath.EndsWith("/token", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Certificate_signs_a_client_assertion_instead_of_sending_a_secret()
        {
            using var key = System.Security.Cryptography.RSA.Create(2048);
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=DataverseFunnel test", key,
                System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            Directory.CreateDirectory(directory);
            var pfx = Path.Combine(directory, "app.pfx");
            File.WriteAllBytes(pfx, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "pfx-password-1"));
            var identity = IdentityEndpoint(HttpStatusCode.OK, $"{{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"{AccessToken}\"}}");
            var options = new OrgConnectionOptions
            {
                Org = "https://contoso.crm.dynamics.com",
                ClientId = "app-id",
                CertificatePath = pfx,
                CertificatePassword = "pfx-password-1",
                Tenant = Tenant,
                TokenCachePath = Path.Combine(directory, "cache.bin"),
            };
            var (signIn, endpoint) = options.Validate();
            var source = MsalTokenSource.Create(options, signIn, endpoint, new Redactor(options.Secrets()), _ => { }, new Factory(identity));

            Assert.Equal(AccessToken, await source.GetTokenAsync(default));

            var token = Assert.Single(identity.Ordered, r => r.Uri.AbsolutePath.EndsWith("/token", StringComparison.Ordinal));
            Assert.Contains("client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer", token.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("client_secret", token.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("pfx-password-1", token.Body, StringComparison.Ordinal);
        }

        [Fact]
        public void A_wrong_certificate_password_is_a_usage_error_without_the_password()
        {
            Directory.CreateDirectory(directory);
            var pfx = Path.Combine(directory, "bad.pfx");
            File.WriteAllBytes(pfx, new byte[] { 1, 2, 3 });
            var options = new OrgConnectionOptions
            {
                Org = "https://contoso.crm.dynamics.com", ClientId = "app-id", CertificatePath = pfx, CertificatePassword = "pfx-password-2", Tenant = Tenant,
            };
            var (signIn, endpoint) = options.Validate();

            var error = Assert.Throws<OrgUsageException>(() => MsalTokenSource.Create(options, signIn, endpoint, new Redactor(options.Secrets()), _ => { }));

            Assert.StartsWith($"--certificate {pfx}: cannot load", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("pfx-password-2", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_refused_sign_in_is_one_line_without_the_secret()
        {
            var identity = IdentityEndpoint(HttpStatusCode.Unauthorized,
                "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided. " + Secret + "\",\"error_codes\":[7000215]}");
            var source = Create(identity, Path.Combine(directory, "cache.bin"));

            var error = await Assert.ThrowsAsync<OrgSignInException>(() => source.GetTokenAsync(default).AsTask());

            Assert.StartsWith("sign-in failed:", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }

        [Fact]
        public async Task Device_code_shows_the_prompt_then_reuses_the_cached_account_silently()
        {
            static string Part(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var idToken = Part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Part(
                "{\"aud\":\"app-id\",\"iss\":\"https://login.microsoftonline.com/" + Tenant + "/v2.0\",\"tid\":\"" + Tenant + "\",\"oid\":\"user-oid\",\"sub\":\"s\",\"preferred_username\":\"ada@contoso.com\",\"ver\":\"2.0\"}") + ".";
            var clientInfo = Part("{\"uid\":\"user-oid\",\"utid\":\"" + Tenant + "\"}");
            var identity = new ScriptedHandler((r, i) => r.Uri.AbsolutePath switch
            {
                var p when p.EndsWith("/oauth2/v2.0/devicecode", StringComparison.Ordinal) => ScriptedHandler.Json(HttpStatusCode.OK,
                    "{\"user_code\":\"ABCD-EFGH\",\"device_code\":\"device-code-1\",\"verification_uri\":\"https://microsoft.com/devicelogin\",\"expires_in\":900,\"interval\":1,\"message\":\"To sign in, enter ABCD-EFGH at https://microsoft.com/devicelogin\"}"),
                var p when p.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) => ScriptedHandler.Json(HttpStatusCode.OK,
                    "{\"token_type\":\"Bearer\",\"scope\":\"https://contoso.crm.dynamics.com/.default\",\"expires_in\":3600,\"ext_expires_in\":3600,\"access_token\":\"" + AccessToken + "\",\"refresh_token\":\"refresh-token-1\",\"id_token\":\"" + idToken + "\",\"client_info\":\"" + clientInfo + "\"}"),
                var p when p.Contains("discovery/instance", StringComparison.Ordinal) => ScriptedHandler.Json(HttpStatusCode.OK,
                    "{\"tenant_discovery_endpoint\":\"https://login.microsoftonline.com/" + Tenant + "/v2.0/.well-known/openid-configuration\",\"api-version\":\"1.1\",\"metadata\":[{\"preferred_network\":\"login.microsoftonline.com\",\"preferred_cache\":\"login.windows.net\",\"aliases\":[\"login.microsoftonline.com\",\"login.windows.net\"]}]}"),
                _ => ScriptedHandler.Json(HttpStatusCode.NotFound, "{}"),
            });
            var prompts = new System.Collections.Generic.List<string>();
            var options = new OrgConnectionOptions
            {
                Org = "https://contoso.crm.dynamics.com",
                ClientId = "app-id",
                DeviceCode = true,
                Tenant = Tenant,
                TokenCachePath = Path.Combine(directory, "cache.bin"),
            };
            var (signIn, endpoint) = options.Validate();
            var source = MsalTokenSource.Create(options, signIn, endpoint, new Redactor(options.Secrets()), prompts.Add, new Factory(identity));

            Assert.Equal(AccessToken, await source.GetTokenAsync(default));
            Assert.Equal(AccessToken, await source.GetTokenAsync(default));

            Assert.Equal(new[] { "To sign in, enter ABCD-EFGH at https://microsoft.com/devicelogin" }, prompts);
            var devicecode = Assert.Single(identity.Ordered, r => r.Uri.AbsolutePath.EndsWith("/devicecode", StringComparison.Ordinal));
            Assert.Equal($"/{Tenant}/oauth2/v2.0/devicecode", devicecode.Uri.AbsolutePath);
            Assert.Contains("https%3A%2F%2Fcontoso.crm.dynamics.com%2F.default", devicecode.Body, StringComparison.Ordinal);
            Assert.Single(identity.Ordered, r => r.Uri.AbsolutePath.EndsWith("/token", StringComparison.Ordinal));
        }

        private static MsalTokenSource Create(ScriptedHandler identity, string cachePath)
        {
            var options = new OrgConnectionOptions
            {
                Org = "https://contoso.crm.dynamics.com",
                ClientId = "app-id",
                ClientSecret = Secret,
                Tenant = Tenant,
                TokenCachePath = cachePath,
            };
            var (signIn, endpoint) = options.Validate();
            return MsalTokenSource.Create(options, signIn, endpoint, new Redactor(options.Secrets()), _ => { }, new Factory(identity));
        }

        // Entra ID's token endpoint, plus instance discovery should MSAL ask for it.
        private static ScriptedHandler IdentityEndpoint(HttpStatusCode status, string tokenResponse) => new((r, i) =>
            r.Uri.AbsolutePath.Contains("discovery/instance", StringComparison.Ordinal)
                ? ScriptedHandler.Json(HttpStatusCode.OK,
                    "{\"tenant_discovery_endpoint\":\"https://login.microsoftonline.com/" + Tenant + "/v2.0/.well-known/openid-configuration\",\"api-version\":\"1.1\",\"metadata\":[{\"preferred_network\":\"login.microsoftonline.com\",\"preferred_cache\":\"login.windows.net\",\"aliases\":[\"login.microsoftonline.com\",\"login.windows.net\"]}]}")
                : ScriptedHandler.Json(status, tokenResponse));

        private sealed class Factory : IMsalHttpClientFactory
        {
            private readonly HttpClient client;

            public Factory(HttpMessageHandler handler) => client = new HttpClient(handler);

            public HttpClient GetHttpClient() => client;
        }
    }
}
