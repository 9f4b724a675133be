namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>
    /// The seven stages of the bowtie, in the order a journey reaches them. Values are the global choice
    /// <c>bowtie_stage</c>: the publisher's option-value prefix 26984 × 10000 + position.
    /// </summary>
    public enum BowtieStage
    {
        Prospect = 269840000,
        Mql = 269840001,
        Sql = 269840002,
        Commit = 269840003,
        Live = 269840004,
        Recurring = 269840005,
        Ltv = 269840006,
    }
}
