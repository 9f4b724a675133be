using System;
using System.IO;
using System.Threading.Tasks;
using DataverseFunnel.OrgClient;

namespace DataverseFunnel.Cli.Org
{
    /// <summary>
    /// Runs an org verb's work and turns its failures into one redacted line on stderr: exit 2 for bad usage,
    /// 1 for a refused sign-in or request.
    /// </summary>
    internal static class OrgVerb
    {
        public static int Run(string verb, TextWriter error, Redactor redactor, Func<Task<int>> work)
        {
            try
            {
                return work().GetAwaiter().GetResult();
            }
            catch (OrgUsageException e)
            {
                error.WriteLine($"funnel {verb}: {redactor.Redact(e.Message)}");
                return ExitCodes.Usage;
            }
            catch (Exception e) when (e is OrgRequestException or OrgSignInException or InvalidDataException)
            {
                error.WriteLine($"funnel {verb}: {redactor.Redact(e.Message)}");
                return ExitCodes.Findings;
            }
        }
    }
}
