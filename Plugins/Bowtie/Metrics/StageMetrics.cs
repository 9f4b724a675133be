using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>One stage of a cohort: volume, conversion to the next stage, and days to get there.</summary>
    public sealed record StageMetrics(
        BowtieStage Stage,
        long Volume,
        double? ConversionToNext,
        double? MedianDaysToNext,
        double? P75DaysToNext);
}
