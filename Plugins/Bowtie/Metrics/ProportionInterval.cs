namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>The bounds of a confidence interval of a proportion (a struct, not a tuple: net462 has no ValueTuple).</summary>
    public readonly struct ProportionInterval
    {
        public ProportionInterval(double lower, double upper)
        {
            Lower = lower;
            Upper = upper;
        }

        public double Lower { get; }

        public double Upper { get; }

        public void Deconstruct(out double lower, out double upper)
        {
            lower = Lower;
            upper = Upper;
        }
    }
}
