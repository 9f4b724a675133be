using System;
using System.Net.Http.Headers;

namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// Reads a 429's <c>Retry-After</c>: delta-seconds (what Dataverse sends,
    /// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits#retry-operations) or an HTTP-date
    /// (RFC 9110 §10.2.3), so the retry is never sooner than asked.
    /// </summary>
    internal static class RetryAfter
    {
        /// <returns>The wait, or null when the header is absent.</returns>
        public static TimeSpan? Wait(RetryConditionHeaderValue? header, DateTimeOffset now)
        {
            if (header?.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (header?.Date is { } date)
            {
                // An HTTP-date has whole seconds; "now" has fractions: round the wait up, never down.
                var wait = date - now;
                if (wait <= TimeSpan.Zero)
                {
                    return TimeSpan.Zero;
                }

                return TimeSpan.FromSeconds(Math.Ceiling(wait.TotalSeconds));
            }

            return null;
        }
    }
}
