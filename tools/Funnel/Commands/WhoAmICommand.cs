using System;
using System.CommandLine;
using System.Text.Json;
using DataverseFunnel.Cli.Org;
using DataverseFunnel.OrgClient;

namespace DataverseFunnel.Cli.Commands
{
    /// <summary>
    /// <c>funnel whoami --org URL</c>: checks the connection and prints who we are and where. Exit 0 connected, 1 sign-in
    /// or request refused, 2 bad usage.
    /// </summary>
    internal sealed class WhoAmICommand : IFunnelCommand
    {
        private readonly OrgVerbIo io = new();

        public WhoAmICommand()
        {
        }

        /// <summary>For tests: a scripted org and captured output.</summary>
        internal WhoAmICommand(OrgVerbIo io) => this.io = io;

        public Command Build()
        {
            var connection = new OrgCommandOptions(io.Handler);
            var command = new Command("whoami", "Check the connection to an org: print the signed-in user and the org");
            connection.AddTo(command);
            command.SetAction(parse =>
            {
                var (stdout, stderr) = (io.Out, io.Err);
                var redactor = new Redactor(Array.Empty<string>());
                return OrgVerb.Run("whoami", stderr, redactor, async () =>
                {
                    using var client = connection.Open(parse, redactor, stderr);
                    var who = await client.WhoAmIAsync().ConfigureAwait(false);
                    // Names are a courtesy: WhoAmI's ids already prove the connection.
                    var user = await NameAsync(client, $"systemusers({who.UserId:D})?$select=fullname", "fullname").ConfigureAwait(false);
                    var org = await NameAsync(client, $"organizations({who.OrganizationId:D})?$select=name", "name").ConfigureAwait(false);
                    stdout.WriteLine($"user: {Named(user, who.UserId)}");
                    stdout.WriteLine($"org:  {Named(org, who.OrganizationId)} at {client.Endpoint.Name}");
                    stdout.WriteLine($"business unit: {who.BusinessUnitId:D}");
                    return ExitCodes.Ok;
                });
            });
            return command;
        }

        private static async System.Threading.Tasks.Task<string?> NameAsync(WebApiClient client, string target, string column)
        {
            try
            {
                using var response = await client.GetAsync(target).ConfigureAwait(false);
                return response.Body?.RootElement.TryGetProperty(column, out var name) == true && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            }
            catch (OrgRequestException e) when (e.Status is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Forbidden)
            {
                return null;
            }
        }

        private static string Named(string? name, Guid id) => name is null ? id.ToString("D") : $"{name} ({id:D})";
    }
}
