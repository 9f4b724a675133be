using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Net.Http;
using DataverseFunnel.OrgClient;

namespace DataverseFunnel.Cli.Org
{
    /// <summary>
    /// The connection options every org verb shares (--org and one sign-in), and the one place that turns them into a
    /// client. Secrets come from the command line or DATAVERSE_CLIENT_SECRET / DATAVERSE_TOKEN.
    /// </summary>
    internal sealed class OrgCommandOptions
    {
        private readonly Option<string?> org = new("--org") { Description = "The org's URL, e.g. https://contoso.crm.dynamics.com (http only for the local server on 127.0.0.1)" };
        private readonly Option<string?> clientId = new("--client-id") { Description = "Application (client) id of the app registration (service principal or device code)" };
        private readonly Option<string?> clientSecret = new("--client-secret") { Description = "Client secret of the service principal (prefer the DATAVERSE_CLIENT_SECRET variable: command lines are visible to other users)" };
        private readonly Option<string?> tenant = new("--tenant") { Description = "Directory (tenant) id or domain" };
        private readonly Option<string?> certificate = new("--certificate") { Description = "PFX file with the service principal's certificate and key (password in DATAVERSE_CERTIFICATE_PASSWORD)" };
        private readonly Option<bool> deviceCode = new("--device-code") { Description = "Sign in as a person with a code shown here and entered in a browser" };
        private readonly Option<string?> token = new("--token") { Description = "A bearer token obtained elsewhere (or DATAVERSE_TOKEN); what funnel serve accepts" };
        private readonly Option<string?> tokenCache = new("--token-cache") { Description = "MSAL token cache file, readable only by you (default ~/.cache/dataversefunnel/msal-token-cache.bin)" };
        private readonly Option<int> deadline = new("--deadline") { Description = "Seconds one request may take, retries and throttling waits included", DefaultValueFactory = _ => 300 };
        private readonly HttpMessageHandler? handler;
        private readonly Func<string, string?> environment;

        /// <param name="handler">The HTTP stack (tests script it); null for the real one.</param>
        /// <param name="environment">Where DATAVERSE_* variables are read (tests pass their own).</param>
        public OrgCommandOptions(HttpMessageHandler? handler = null, Func<string, string?>? environment = null)
        {
            this.handler = handler;
            this.environment = environment ?? Environment.GetEnvironmentVariable;
        }

        /// <summary>The --org option, for verbs where it is one source among others.</summary>
        public Option<string?> Org => org;

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { org, clientId, clientSecret, tenant, certificate, deviceCode, token, tokenCache, deadline })
            {
                command.Options.Add(option);
            }
        }

        /// <summary>The options as given, with the environment's secrets filled in.</summary>
        public OrgConnectionOptions Read(ParseResult parse) => new OrgConnectionOptions
        {
            Org = parse.GetValue(org),
            ClientId = parse.GetValue(clientId),
            ClientSecret = parse.GetValue(clientSecret),
            Tenant = parse.GetValue(tenant),
            CertificatePath = parse.GetValue(certificate),
            DeviceCode = parse.GetValue(deviceCode),
            Token = parse.GetValue(token),
            TokenCachePath = parse.GetValue(tokenCache),
        }.WithEnvironment(environment);

        /// <summary>Opens the client; the redactor knows every secret given, to clean whatever is shown.</summary>
        /// <exception cref="OrgUsageException">The options are wrong.</exception>
        public WebApiClient Open(ParseResult parse, Redactor redactor, TextWriter prompts)
        {
            var seconds = parse.GetValue(deadline);
            if (seconds < 1)
            {
                throw new OrgUsageException(string.Create(CultureInfo.InvariantCulture, $"--deadline must be at least 1 second, not {seconds}"));
            }

            var options = Read(parse);
            foreach (var secret in options.Secrets())
            {
                redactor.Add(secret);
            }

            return OrgConnection.Open(options, redactor, new ResilienceOptions { Deadline = TimeSpan.FromSeconds(seconds) }, prompts.WriteLine, handler);
        }
    }
}
