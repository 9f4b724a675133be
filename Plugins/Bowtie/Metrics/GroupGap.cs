namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// A motion or campaign that drags the weakest process down: of <see cref="Entered"/> journeys that reached the
    /// process's first stage, <see cref="MovedOn"/> reached the next; <see cref="UpperBound"/> is the 95 % Wilson upper
    /// bound of that conversion, below the whole cohort's rate (so the gap is not chance).
    /// </summary>
    public sealed record GroupGap(string Name, long Entered, long MovedOn, double Conversion, double UpperBound)
    {
        /// <summary>Fewest journeys at the process's first stage for a motion or campaign to be named (or judged on the poster).</summary>
        public const int MinimumGroup = 30;
    }
}
