namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// A motion or campaign that drags the weakest process down: of <see cref="Entered"/> journeys that reached the
    /// process's first stage, <see cref="MovedOn"/> reached the next; <see cref="UpperBound"/> is the 95 % Wilson upper
    /// bound of that conversion, below the whole cohort's rate (so the gap is not chance).
    /// </summary>
    public sealed record GroupGap(string Name, long Entered, long MovedOn, double Conversion, double UpperBound);
}
