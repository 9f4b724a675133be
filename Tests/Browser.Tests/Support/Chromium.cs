using System;
using System.IO;
using System.Linq;

namespace DataverseFunnel.Browser.Tests.Support;

/// <summary>
/// The system Chromium (Debian's <c>chromium</c> package) that Playwright drives through <c>ExecutablePath</c>; the tests
/// never download a browser. Missing: the test is skipped naming why, unless <c>FUNNEL_REQUIRE_BROWSER=1</c> (CI) makes it fail.
/// </summary>
internal static class Chromium
{
    public const string RequireVariable = "FUNNEL_REQUIRE_BROWSER";

    private static readonly string[] Candidates = { "/usr/bin/chromium", "/usr/bin/chromium-browser" };

    /// <summary>The browser's path; skips the calling [SkippableFact] (or throws under FUNNEL_REQUIRE_BROWSER=1) when there is none.</summary>
    public static string Require()
    {
        var path = Candidates.FirstOrDefault(File.Exists);
        if (path is not null) return path;
        var reason = $"no system Chromium at {string.Join(" or ", Candidates)} (install Debian's package: apt-get install chromium); these tests never download a browser";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1") throw new InvalidOperationException($"{reason}. {RequireVariable}=1 requires it.");
        throw new SkipException(reason);
    }
}
