using System;
using System.Collections.Generic;
using System.Globalization;
using DataverseFunnel.Plugins.Bowtie.Metrics;

namespace DataverseFunnel.Plugins.Bowtie.Poster
{
    /// <summary>
    /// How figures read on the poster, and a width estimate for laying text out without a font (the SVG needs none):
    /// DejaVu Sans averages under 0.62 em per character, so text sized by this estimate never overflows its box.
    /// </summary>
    public static class PosterText
    {
        private const double EmPerChar = 0.62;

        public static double Width(string text, double size) => text.Length * size * EmPerChar;

        /// <summary>The largest size up to <paramref name="size"/> at which <paramref name="text"/> fits <paramref name="width"/>.</summary>
        public static double Fit(string text, double size, double width) => Math.Min(size, width / (text.Length * EmPerChar));

        /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/> at <paramref name="size"/>.</summary>
        public static IReadOnlyList<string> Wrap(string text, double size, double width)
        {
            var lines = new List<string>();
            var line = string.Empty;
            foreach (var word in text.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Width(candidate, size) > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
            return lines;
        }

        public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

        /// <summary>Money without a currency (the export has none): 950, 12.5 k, 1.25 M.</summary>
        public static string Money(decimal value) => value switch
        {
            >= 1_000_000m => (value / 1_000_000m).ToString("0.##", CultureInfo.InvariantCulture) + " M",
            >= 10_000m => (value / 1_000m).ToString("0.#", CultureInfo.InvariantCulture) + " k",
            _ => value.ToString("#,0", CultureInfo.InvariantCulture),
        };

        public static string Days(double? days) => days switch
        {
            null => "–",
            < 10 => days.Value.ToString("0.#", CultureInfo.InvariantCulture) + " d",
            _ => days.Value.ToString("0", CultureInfo.InvariantCulture) + " d",
        };

        public static string Percent(double? fraction) => Metrics.Percent.Format(fraction);

        public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
    }
}
