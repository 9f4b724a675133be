using System;
using System.Collections.Generic;

namespace DataverseFunnel.Metrics
{
    /// <summary>Everything the engine measured: the JSON document, the table and the poster all come from this.</summary>
    public sealed record BowtieMetrics(
        MetricsWindow Window,
        IReadOnlyList<StageMetrics> Stages,
        IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> ByMotion,
        IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> ByCampaign,
        RecurringMetrics Recurring,
        WeakestLink? Weakest);

    /// <summary>
    /// What was counted. <see cref="From"/>/<see cref="To"/> bound the cohort (journeys created in it); the right side is
    /// measured over <see cref="RetentionFrom"/> … <see cref="AsOf"/>.
    /// </summary>
    public sealed record MetricsWindow(
        DateOnly? From,
        DateOnly? To,
        DateTime? AsOf,
        DateTime? RetentionFrom,
        long Journeys,
        long Transitions,
        long Skipped);
}
