using System;
using System.Collections.Generic;

namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// What every org verb is told on its command line: the org's URL and one way to sign in. <see cref="Validate"/>
    /// says what is wrong in words that never repeat a secret.
    /// </summary>
    public sealed record OrgConnectionOptions
    {
        public const string ClientSecretVariable = "DATAVERSE_CLIENT_SECRET";
        public const string TokenVariable = "DATAVERSE_TOKEN";
        public const string CertificatePasswordVariable = "DATAVERSE_CERTIFICATE_PASSWORD";

        public string? Org { get; init; }

        public string? ClientId { get; init; }

        public string? ClientSecret { get; init; }

        public string? Tenant { get; init; }

        public string? CertificatePath { get; init; }

        public string? CertificatePassword { get; init; }

        public bool DeviceCode { get; init; }

        public string? Token { get; init; }

        /// <summary>Where MSAL's token cache lives (default: <see cref="TokenCacheFile.DefaultPath"/>).</summary>
        public string? TokenCachePath { get; init; }

        /// <summary>Fills the secret and the token from the environment when the command line leaves them out.</summary>
        public OrgConnectionOptions WithEnvironment(Func<string, string?> variable) => this with
        {
            ClientSecret = ClientSecret ?? (ClientId is not null && CertificatePath is null && !DeviceCode ? NonEmpty(variable(ClientSecretVariable)) : null),
            Token = Token ?? (ClientId is null && CertificatePath is null && !DeviceCode ? NonEmpty(variable(TokenVariable)) : null),
            CertificatePassword = CertificatePassword ?? NonEmpty(variable(CertificatePasswordVariable)),
        };

        /// <summary>The secrets these options hold, for <see cref="Redactor"/>.</summary>
        public IEnumerable<string?> Secrets() => new[] { ClientSecret, Token, CertificatePassword };

        /// <summary>Checks the options; returns the sign-in chosen and the org endpoint, or throws with one clear line.</summary>
        /// <exception cref="OrgUsageException">No org, a URL that is not https (http only for the local server), or not exactly one sign-in.</exception>
        public (SignIn SignIn, OrgEndpoint Endpoint) Validate()
        {
            if (string.IsNullOrWhiteSpace(Org))
            {
                throw new OrgUsageException("--org is required: the org's URL, e.g. https://contoso.crm.dynamics.com");
            }

            var endpoint = OrgEndpoint.Parse(Org);
            var chosen = new List<SignIn>();
            if (ClientSecret is not null)
            {
                chosen.Add(SignIn.ClientSecret);
            }

            if (CertificatePath is not null)
            {
                chosen.Add(SignIn.Certificate);
            }

            if (DeviceCode)
            {
                chosen.Add(SignIn.DeviceCode);
            }

            if (Token is not null)
            {
                chosen.Add(SignIn.Token);
            }

            if (chosen.Count != 1)
            {
                throw new OrgUsageException(chosen.Count == 0
                    ? $"no sign-in: give one of --client-id with --client-secret (or {ClientSecretVariable}) and --tenant, --certificate, --device-code, or --token (or {TokenVariable})"
                    : $"more than one sign-in ({string.Join(", ", chosen)}): give exactly one");
            }

            var signIn = chosen[0];
            if (signIn is SignIn.ClientSecret or SignIn.Certificate or SignIn.DeviceCode && string.IsNullOrWhiteSpace(ClientId))
            {
                throw new OrgUsageException($"{Describe(signIn)} needs --client-id (the app registration's application id)");
            }

            if (signIn is SignIn.ClientSecret or SignIn.Certificate && string.IsNullOrWhiteSpace(Tenant))
            {
                throw new OrgUsageException($"{Describe(signIn)} needs --tenant (the directory id or domain)");
            }

            if (signIn == SignIn.Token && ClientId is not null)
            {
                throw new OrgUsageException("--token signs in by itself: leave out --client-id");
            }

            return (signIn, endpoint);
        }

        private static string Describe(SignIn signIn) => signIn switch
        {
            SignIn.ClientSecret => "--client-secret",
            SignIn.Certificate => "--certificate",
            SignIn.DeviceCode => "--device-code",
            _ => "--token",
        };

        private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
