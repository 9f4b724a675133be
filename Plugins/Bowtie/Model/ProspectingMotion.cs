namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>How a prospect was reached (global choice <c>bowtie_motion</c>); "Target" is account-based.</summary>
    public enum ProspectingMotion
    {
        Inbound = 269840000,
        Outbound = 269840001,
        Target = 269840002,
    }
}
