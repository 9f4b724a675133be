using System;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// The Wilson score interval of a proportion (E. B. Wilson, "Probable inference, the law of succession, and statistical inference", JASA 22, 1927): unlike the plain
    /// p ± z·√(p(1−p)/n) it stays inside [0, 1] and stays honest for small groups and rates near 0 %.
    /// </summary>
    public static class WilsonInterval
    {
        /// <summary>z for a two-sided 95 % interval.</summary>
        public const double Z95 = 1.959964;

        public static ProportionInterval Of(long successes, long trials, double z = Z95)
        {
            if (trials <= 0 || successes < 0 || successes > trials)
            {
                throw new ArgumentOutOfRangeException(nameof(successes), $"{successes} of {trials} is not a proportion.");
            }

            double n = trials, p = successes / n, z2 = z * z;
            var center = (p + (z2 / (2 * n))) / (1 + (z2 / n));
            var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
            return new ProportionInterval(Math.Max(0, center - half), Math.Min(1, center + half));
        }
    }
}
