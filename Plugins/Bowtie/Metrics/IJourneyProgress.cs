namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// What the stage figures need to know of one journey: how far it got and when it first entered each stage. The CLI's
    /// streaming engine keeps this in a compact struct; a plugin can fill it from a journey's first-entered dates.
    /// </summary>
    public interface IJourneyProgress
    {
        /// <summary>The furthest stage reached (model position, 0 = Prospect), or −1; a skipped stage counts as reached.</summary>
        int Furthest { get; }

        /// <summary>Bit k set: stage k was first entered by a one-step forward move from k − 1 (no skip).</summary>
        int SteppedInto { get; }

        /// <summary>Ticks (UTC) of the first entry into a stage; 0 when never entered (a skipped stage is never entered).</summary>
        long FirstEntered(int stage);
    }
}
