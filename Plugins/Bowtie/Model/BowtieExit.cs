namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>
    /// Why a journey left the bowtie (global choice <c>bowtie_exit</c>). The same values are the journey's inactive
    /// status reasons (<c>statuscode</c> with <c>statecode</c> 1).
    /// </summary>
    public enum BowtieExit
    {
        /// <summary>A customer who committed and then left.</summary>
        OffBoarded = 269840000,

        /// <summary>A prospect who turned out not to fit, before any commitment.</summary>
        NotAFit = 269840001,
    }
}
