namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>The tasks that make up the six processes (global choice <c>bowtie_task</c>), in framework order.</summary>
    public enum BowtieTask
    {
        Seo = 269840000,
        Content = 269840001,
        Nurture = 269840002,
        Outbound = 269840003,
        Inbound = 269840004,
        Target = 269840005,
        Discovery = 269840006,
        Demo = 269840007,
        Propose = 269840008,
        Trade = 269840009,
        PreBoarding = 269840010,
        Onboarding = 269840011,
        Usage = 269840012,
        GetWell = 269840013,
        OffBoard = 269840014,
        Renew = 269840015,
        Upsell = 269840016,
        CrossSell = 269840017,
    }
}
