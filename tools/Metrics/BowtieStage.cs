namespace DataverseFunnel.Metrics
{
    /// <summary>The seven bowtie stages in framework order; the numeric order is the order a journey reaches them.</summary>
    public enum BowtieStage
    {
        Prospect = 0,
        Mql = 1,
        Sql = 2,
        Commit = 3,
        Live = 4,
        Recurring = 5,
        Ltv = 6,
    }
}
