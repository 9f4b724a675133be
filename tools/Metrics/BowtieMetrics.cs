using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Model;

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

    /// <summary>One stage of a cohort: volume, conversion to the next stage, and days to get there.</summary>
    public sealed record StageMetrics(
        BowtieStage Stage,
        long Volume,
        double? ConversionToNext,
        double? MedianDaysToNext,
        double? P75DaysToNext);

    /// <summary>The right side of the bowtie: revenue now, retention over the window, value to date.</summary>
    public sealed record RecurringMetrics(
        decimal Mrr,
        decimal Arr,
        double? Grr,
        double? Nrr,
        decimal Ltv,
        long OffBoarded,
        decimal LostMrr);

    /// <summary>
    /// The process furthest behind its target, and the sentence that says so in the framework's words; the motion and
    /// the campaign that are its gap, when one is big enough and clearly below the rest (<see cref="WeakestLinkFinder"/>).
    /// </summary>
    public sealed record WeakestLink(
        BowtieStage From,
        BowtieStage To,
        double Conversion,
        double Target,
        string Sentence,
        GroupGap? Motion = null,
        GroupGap? Campaign = null);
}
