using System;

namespace DataverseFunnel.Metrics
{
    /// <summary>What to measure: the cohort window, how to treat bad rows, and the conversion targets.</summary>
    public sealed record MetricsOptions
    {
        /// <summary>First day (UTC) of the cohort window: journeys created on or after it are counted. Null: no lower bound.</summary>
        public DateOnly? From { get; init; }

        /// <summary>Last day (UTC, inclusive) of the cohort window. Also the "as of" date of the right side. Null: the last move.</summary>
        public DateOnly? To { get; init; }

        /// <summary>Skip and count rows that cannot be counted, instead of failing on the first one.</summary>
        public bool Lenient { get; init; }

        /// <summary>The conversion each process should reach; the weakest link is measured against these.</summary>
        public ConversionTargets Targets { get; init; } = ConversionTargets.Default;
    }
}
