using System;

namespace DataverseFunnel.OrgClient
{
    /// <summary>How hard the client tries: retries, backoff, the deadline of one request, and requests in flight.</summary>
    public sealed record ResilienceOptions
    {
        /// <summary>
        /// The platform's concurrent-request limit per user: 52 (error 0x80072326 beyond it).
        /// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits
        /// </summary>
        public const int PlatformConcurrencyLimit = 52;

        /// <summary>Requests in flight at once, across every caller of one client.</summary>
        public int MaxConcurrency { get; init; } = PlatformConcurrencyLimit;

        /// <summary>Retries after the first attempt (429, 502, 503, 504, connection resets).</summary>
        public int MaxRetries { get; init; } = 10;

        /// <summary>First backoff delay for 502/503/504 and resets; grows exponentially with jitter.</summary>
        public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

        /// <summary>Longest backoff delay (a 429's Retry-After is honoured whatever its length, within the deadline).</summary>
        public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// The deadline of one request, all its attempts and waits included. Five minutes: a 429's Retry-After can ask
        /// for minutes when the execution-time limit is hit.
        /// </summary>
        public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(5);

        /// <summary>The clock for waits and the deadline (tests inject a fake one).</summary>
        public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
    }
}
