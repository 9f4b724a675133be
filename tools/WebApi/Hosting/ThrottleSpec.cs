using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DataverseFunnel.WebApi.Hosting;

/// <summary>
/// <c>--throttle requests=600/300s,concurrent=52</c>: the service-protection limits to simulate (the platform's are 6,000
/// requests per 5 minutes and 52 concurrent requests per user:
/// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#service-protection-api-limits).
/// </summary>
internal sealed record ThrottleSpec(int Requests, TimeSpan Window, int Concurrent)
{
    private static readonly Regex RequestsPart = new(@"^requests=(\d+)/(\d+)s$", RegexOptions.CultureInvariant);
    private static readonly Regex ConcurrentPart = new(@"^concurrent=(\d+)$", RegexOptions.CultureInvariant);

    /// <summary>Parses the spec; throws <see cref="FormatException"/> with one clear line when it is not one.</summary>
    public static ThrottleSpec Parse(string text)
    {
        var requests = int.MaxValue;
        var window = TimeSpan.FromSeconds(300);
        var concurrent = int.MaxValue;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (RequestsPart.Match(part) is { Success: true } r)
            {
                requests = Positive(r.Groups[1].Value, part);
                window = TimeSpan.FromSeconds(Positive(r.Groups[2].Value, part));
            }
            else if (ConcurrentPart.Match(part) is { Success: true } c)
            {
                concurrent = Positive(c.Groups[1].Value, part);
            }
            else
            {
                throw new FormatException($"--throttle: '{part}' is not requests=N/Ss or concurrent=N (e.g. requests=600/300s,concurrent=52)");
            }
        }

        if (requests == int.MaxValue && concurrent == int.MaxValue) throw new FormatException("--throttle: give requests=N/Ss, concurrent=N or both");
        return new ThrottleSpec(requests, window, concurrent);
    }

    private static int Positive(string digits, string part) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"--throttle: '{part}' needs a positive number");
}
