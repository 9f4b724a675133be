namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>How a customer is doing (global choice <c>bowtie_health</c>): a customer in trouble needs to get well.</summary>
    public enum JourneyHealth
    {
        OnTrack = 269840000,
        GetWell = 269840001,
    }
}
