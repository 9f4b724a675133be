namespace DataverseFunnel.Metrics
{
    /// <summary>The transitions export format: one row per move, what <c>funnel demo</c> writes and <c>funnel metrics</c> reads.</summary>
    public static class TransitionCsv
    {
        public const string Header = "journey_id,from_stage,to_stage,moved_on,motion,campaign,mrr";

        internal static readonly string[] Columns = Header.Split(',');
    }
}
