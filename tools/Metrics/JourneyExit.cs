namespace DataverseFunnel.Metrics
{
    /// <summary>How a journey leaves the bowtie: the customer off-boards, or the prospect is not a fit.</summary>
    public enum JourneyExit
    {
        OffBoarded = 0,
        NotAFit = 1,
    }
}
