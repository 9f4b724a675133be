using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.OrgClient
{
    /// <summary>Removes the secrets and tokens a connection holds from any text before it is shown or thrown.</summary>
    public sealed class Redactor
    {
        public const string Mask = "***";

        // Shorter values would mask ordinary words; no real secret or token is this short.
        private const int MinimumLength = 6;

        private readonly List<string> secrets = new();
        private readonly object gate = new();

        public Redactor(IEnumerable<string?> secrets)
        {
            foreach (var secret in secrets)
            {
                Add(secret);
            }
        }

        /// <summary>Adds a value learned later (an access token MSAL returned).</summary>
        public void Add(string? secret)
        {
            if (secret is null || secret.Length < MinimumLength)
            {
                return;
            }

            lock (gate)
            {
                if (!secrets.Contains(secret, StringComparer.Ordinal))
                {
                    secrets.Add(secret);
                    secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
                }
            }
        }

        public string Redact(string text)
        {
            lock (gate)
            {
                foreach (var secret in secrets)
                {
                    text = text.Replace(secret, Mask, StringComparison.Ordinal);
                }
            }

            return text;
        }
    }
}
