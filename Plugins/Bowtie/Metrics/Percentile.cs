using System;
using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// Percentiles by linear interpolation between nearest ranks (position p × (n − 1) in the sorted values; the
    /// spreadsheet PERCENTILE.INC rule): the median of 2, 4 is 3; the p75 of 1, 2, 3, 4 is 3.25.
    /// </summary>
    public static class Percentile
    {
        /// <summary>Sorts <paramref name="values"/> in place and gives its median and 75th percentile (null when empty).</summary>
        public static void MedianAndP75(List<double> values, out double? median, out double? p75)
        {
            if (values.Count == 0)
            {
                median = null;
                p75 = null;
                return;
            }

            values.Sort();
            median = At(values, 0.5);
            p75 = At(values, 0.75);
        }

        private static double At(List<double> sorted, double p)
        {
            var position = p * (sorted.Count - 1);
            var lower = (int)Math.Floor(position);
            var upper = Math.Min(lower + 1, sorted.Count - 1);
            return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
        }
    }
}
