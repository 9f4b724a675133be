using System;
using System.Globalization;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>How a fraction reads in sentences, tables and on the poster: "12 %", "6.8 %".</summary>
    public static class Percent
    {
        public static string Format(double fraction) =>
            Math.Round(fraction * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + " %";

        public static string Format(double? fraction) => fraction is { } f ? Format(f) : "–";
    }
}
