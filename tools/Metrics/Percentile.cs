using System;
using System.Collections.Generic;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// Percentiles by linear interpolation between nearest ranks (position p × (n − 1) in the sorted values; the
    /// spreadsheet PERCENTILE.INC rule): the median of 2, 4 is 3; the p75 of 1, 2, 3, 4 is 3.25.
    /// </summary>
    internal static class Percentile
    {
        /// <summary>Sorts <paramref name="values"/> in place and returns its median and 75th percentile (null when empty).</summary>
        public static (double? Median, double? P75) MedianAndP75(List<double> values)
        {
            if (values.Count == 0)
            {
                return (null, null);
            }

            values.Sort();
            return (At(values, 0.5), At(values, 0.75));
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
