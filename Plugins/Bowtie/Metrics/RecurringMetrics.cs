namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>The right side of the bowtie: revenue now, retention over the window, value to date.</summary>
    public sealed record RecurringMetrics(
        decimal Mrr,
        decimal Arr,
        double? Grr,
        double? Nrr,
        decimal Ltv,
        long OffBoarded,
        decimal LostMrr);
}
