using System;
using System.IO;
using DataverseFunnel.OrgClient;
using System.CommandLine;

namespace DataverseFunnel.Cli.Org
{
    /// <summary>
    /// For verbs that read a transitions export (metrics, poster): with --org, pull the org's stage history into a
    /// temporary file first, so the rest of the verb is the same code as with a file.
    /// </summary>
    internal static class OrgSource
    {
        /// <returns>The exit code: 0 with <paramref name="path"/> set to the pulled file (the caller deletes it).</returns>
        public static int PullToTemporaryFile(OrgCommandOptions connection, ParseResult parse, string verb, TextWriter error, out string? path)
        {
            var temporary = Path.Combine(Path.GetTempPath(), $"funnel-{verb}-{Guid.NewGuid():N}.csv");
            var redactor = new Redactor(Array.Empty<string>());
            var exit = OrgVerb.Run(verb, error, redactor, async () =>
            {
                using var client = connection.Open(parse, redactor, error);
                await TransitionPull.PullAsync(client, temporary, null, null, error).ConfigureAwait(false);
                return ExitCodes.Ok;
            });
            path = exit == ExitCodes.Ok ? temporary : null;
            return exit;
        }
    }
}
