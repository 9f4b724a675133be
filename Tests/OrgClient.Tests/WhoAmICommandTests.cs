using System;
using System.Net;
using DataverseFunnel.Cli.Commands;
using DataverseFunnel.OrgClient.Tests.TestSupport;

namespace DataverseFunnel.OrgClient.Tests
{
    public sealed class WhoAmICommandTests
    {
        private static readonly Guid User = Guid.Parse("8f1d2c3b-0000-4000-8000-000000000001");
        private static readonly Guid Organization = Guid.Parse("8f1d2c3b-0000-4000-8000-000000000002");

        [Fact]
        public void Prints_the_user_and_the_org()
        {
            var handler = new ScriptedHandler((r, i) => r.Uri.AbsolutePath switch
            {
                "/api/data/v9.2/WhoAmI" => ScriptedHandler.Json(HttpStatusCode.OK, $"{{\"UserId\":\"{User}\",\"BusinessUnitId\":\"{Guid.Empty}\",\"OrganizationId\":\"{Organization}\"}}"),
                var p when p.StartsWith("/api/data/v9.2/systemusers(", StringComparison.Ordinal) => ScriptedHandler.Json(HttpStatusCode.OK, "{\"fullname\":\"Ada Admin\"}"),
                _ => ScriptedHandler.Json(HttpStatusCode.OK, "{\"name\":\"Contoso\"}"),
            });

            var (exit, output, error) = Verb.Run((h, o, e) => new WhoAmICommand(new(h, o, e)).Build(), handler, "--org", Org.Url, "--token", Org.Token);

            Assert.Equal(0, exit);
            Assert.Contains($"user: Ada Admin ({User})", output, StringComparison.Ordinal);
            Assert.Contains($"org:  Contoso ({Organization}) at {Org.Url}", output, StringComparison.Ordinal);
            Assert.Equal(string.Empty, error);
            Assert.Equal(Org.Api($"systemusers({User})?$select=fullname"), handler.Ordered[1].Uri);
            Assert.Equal(Org.Api($"organizations({Organization})?$select=name"), handler.Ordered[2].Uri);
        }

        [Fact]
        public void A_wrong_token_is_one_clear_line_and_exit_1_without_the_token()
        {
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Error(HttpStatusCode.Unauthorized, "0x80072560", "The user is not a member of the organization."));

            var (exit, output, error) = Verb.Run((h, o, e) => new WhoAmICommand(new(h, o, e)).Build(), handler, "--org", Org.Url, "--token", Org.Token);

            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, output);
            Assert.Equal(
                $"funnel whoami: {Org.Url}: GET /api/data/v9.2/WhoAmI failed: HTTP 401 0x80072560: The user is not a member of the organization.{Environment.NewLine}",
                error);
            Assert.DoesNotContain(Org.Token, output + error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("http://contoso.crm.dynamics.com")]
        [InlineData("https://contoso.crm.dynamics.com")]
        public void Bad_connection_options_are_usage_errors_before_any_request(string org)
        {
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Json(HttpStatusCode.OK, "{}"));
            var args = org.StartsWith("http:", StringComparison.Ordinal)
                ? new[] { "--org", org, "--token", Org.Token }
                : new[] { "--org", org, "--token", Org.Token, "--client-id", "app", "--client-secret", "secret-in-args", "--tenant", "t" };

            var (exit, output, error) = Verb.Run((h, o, e) => new WhoAmICommand(new(h, o, e)).Build(), handler, args);

            Assert.Equal(2, exit);
            Assert.Empty(handler.Requests);
            Assert.StartsWith("funnel whoami: ", error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd().Split('\n'));
            Assert.DoesNotContain(Org.Token, output + error, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-in-args", output + error, StringComparison.Ordinal);
        }
    }
}
