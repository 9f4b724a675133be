using System;
using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// Everything measured for one cohort: the JSON document, the table and the poster all come from this, whether the
    /// CLI streamed a transitions export or the Custom API read journey rows.
    /// </summary>
    public sealed record BowtieMetrics(
        MetricsWindow Window,
        IReadOnlyList<StageMetrics> Stages,
        IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> ByMotion,
        IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> ByCampaign,
        RecurringMetrics Recurring,
        WeakestLink? Weakest);

    /// <summary>
    /// What was counted. <see cref="From"/>/<see cref="To"/> (UTC days, at midnight) bound the cohort (journeys created
    /// in it); the right side is measured over <see cref="RetentionFrom"/> … <see cref="AsOf"/>. <see cref="Transitions"/>
    /// is null when the moves were not read one by one (the Custom API reads journey rows).
    /// </summary>
    public sealed record MetricsWindow(
        DateTime? From,
        DateTime? To,
        DateTime? AsOf,
        DateTime? RetentionFrom,
        long Journeys,
        long? Transitions,
        long Skipped);
}
