using System;
using System.Collections.Generic;

namespace DataverseFunnel.OrgClient.Tests
{
    public sealed class OrgConnectionOptionsTests
    {
        private const string Org = "https://contoso.crm.dynamics.com";

        [Theory]
        [InlineData("https://contoso.crm.dynamics.com", "https://contoso.crm.dynamics.com/api/data/v9.2/")]
        [InlineData("https://contoso.crm4.dynamics.com/", "https://contoso.crm4.dynamics.com/api/data/v9.2/")]
        [InlineData("http://127.0.0.1:5199/api/data/v9.2/", "http://127.0.0.1:5199/api/data/v9.2/")]
        [InlineData("http://localhost:8080", "http://localhost:8080/api/data/v9.2/")]
        public void Org_url_gives_the_web_api_root(string org, string api)
        {
            Assert.Equal(api, OrgEndpoint.Parse(org).ApiRoot.ToString());
        }

        [Fact]
        public void Scope_is_the_org_url_with_default()
        {
            Assert.Equal("https://contoso.crm.dynamics.com/.default", OrgEndpoint.Parse("https://contoso.crm.dynamics.com/api/data/v9.2/").Scope);
        }

        [Theory]
        [InlineData("http://contoso.crm.dynamics.com")]
        [InlineData("http://10.0.0.5:5199")]
        [InlineData("ftp://contoso")]
        [InlineData("contoso.crm.dynamics.com")]
        [InlineData("https://user:pw@contoso.crm.dynamics.com")]
        public void Plain_http_off_the_loopback_and_non_urls_are_refused(string org)
        {
            var error = Assert.Throws<OrgUsageException>(() => OrgEndpoint.Parse(org));
            Assert.DoesNotContain("pw", error.Message.Replace("https", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        [Fact]
        public void No_sign_in_is_refused_naming_every_way()
        {
            var error = Assert.Throws<OrgUsageException>(() => new OrgConnectionOptions { Org = Org }.Validate());
            Assert.Contains("--client-secret", error.Message, StringComparison.Ordinal);
            Assert.Contains("--device-code", error.Message, StringComparison.Ordinal);
            Assert.Contains("--token", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Two_sign_ins_are_refused_without_repeating_the_secrets()
        {
            var options = new OrgConnectionOptions { Org = Org, ClientId = "app", ClientSecret = "s3cr3t-value", Tenant = "t", Token = "tok3n-value" };
            var error = Assert.Throws<OrgUsageException>(() => options.Validate());
            Assert.Contains("exactly one", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cr3t-value", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("tok3n-value", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Client_secret_needs_client_id_and_tenant()
        {
            Assert.Contains("--client-id", Assert.Throws<OrgUsageException>(() =>
                new OrgConnectionOptions { Org = Org, ClientSecret = "secret-1", Tenant = "t" }.Validate()).Message, StringComparison.Ordinal);
            Assert.Contains("--tenant", Assert.Throws<OrgUsageException>(() =>
                new OrgConnectionOptions { Org = Org, ClientId = "app", ClientSecret = "secret-1" }.Validate()).Message, StringComparison.Ordinal);
            Assert.Equal(SignIn.ClientSecret, new OrgConnectionOptions { Org = Org, ClientId = "app", ClientSecret = "secret-1", Tenant = "t" }.Validate().SignIn);
        }

        [Fact]
        public void Each_sign_in_is_recognised()
        {
            Assert.Equal(SignIn.Certificate, new OrgConnectionOptions { Org = Org, ClientId = "app", CertificatePath = "c.pfx", Tenant = "t" }.Validate().SignIn);
            Assert.Equal(SignIn.DeviceCode, new OrgConnectionOptions { Org = Org, ClientId = "app", DeviceCode = true }.Validate().SignIn);
            Assert.Equal(SignIn.Token, new OrgConnectionOptions { Org = "http://127.0.0.1:5000", Token = "abcdefgh" }.Validate().SignIn);
        }

        [Fact]
        public void Environment_supplies_the_secret_for_a_client_id_and_the_token_otherwise()
        {
            var environment = new Dictionary<string, string?> { ["DATAVERSE_CLIENT_SECRET"] = "from-env-secret", ["DATAVERSE_TOKEN"] = "from-env-token" };
            var principal = new OrgConnectionOptions { Org = Org, ClientId = "app", Tenant = "t" }.WithEnvironment(n => environment.GetValueOrDefault(n));
            Assert.Equal("from-env-secret", principal.ClientSecret);
            Assert.Null(principal.Token);
            Assert.Equal(SignIn.ClientSecret, principal.Validate().SignIn);

            var token = new OrgConnectionOptions { Org = Org }.WithEnvironment(n => environment.GetValueOrDefault(n));
            Assert.Equal("from-env-token", token.Token);
            Assert.Null(token.ClientSecret);
            Assert.Equal(SignIn.Token, token.Validate().SignIn);
        }

        [Fact]
        public void Missing_org_is_refused()
        {
            Assert.Contains("--org", Assert.Throws<OrgUsageException>(() => new OrgConnectionOptions { Token = "abcdefgh" }.Validate()).Message, StringComparison.Ordinal);
        }
    }
}
