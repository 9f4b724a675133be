namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// A change in a journey's recurring MRR (it went live, its MRR changed, it left): the right side of the bowtie is
    /// computed from these after streaming, because the retention window may end at the last move, known only then.
    /// </summary>
    public readonly record struct RevenueEvent(int Journey, long Ticks, decimal RecurringMrr, decimal LostMrr, bool OffBoarded);
}
