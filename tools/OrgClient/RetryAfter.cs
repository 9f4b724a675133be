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
        /// <summary>
        /// Added to every wait: a timer can fire a millisecond or two before its due time as the wall clock sees it
        /// (measured: 998 ms for a 1 s wait), and a retry even that early counts against the throttled window again.
        /// </summary>
        public static readonly TimeSpan TimerMargin = TimeSpan.FromMilliseconds(50);

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
