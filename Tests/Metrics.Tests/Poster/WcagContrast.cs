using System;
using System.Globalization;

namespace DataverseFunnel.Metrics.Tests.Poster
{
    /// <summary>
    /// WCAG 2.2 contrast: relative luminance of an sRGB colour and the ratio (L1 + 0.05) / (L2 + 0.05) of two colours
    /// (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance — 2.2 corrects 2.1's 0.03928 to 0.04045 —, https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
    /// AA asks 4.5:1 for text and 3:1 for large text, 18 pt or 14 pt bold (https://www.w3.org/TR/WCAG22/#contrast-minimum).
    /// </summary>
    internal static class WcagContrast
    {
        public const double Text = 4.5;
        public const double LargeText = 3.0;

        /// <summary>Large-scale text in CSS pixels: 18 pt = 24 px, 14 pt bold ≈ 18.67 px (https://www.w3.org/TR/WCAG22/#dfn-large-scale).</summary>
        public static bool IsLarge(double cssPixels, bool bold) => cssPixels >= 24 || (bold && cssPixels >= 14 * 4.0 / 3.0);

        public static double Ratio(string a, string b)
        {
            double la = Luminance(a), lb = Luminance(b);
            return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
        }

        /// <summary>Relative luminance of "#RRGGBB": 0 for black, 1 for white.</summary>
        public static double Luminance(string hex)
        {
            if (hex.Length != 7 || hex[0] != '#')
            {
                throw new FormatException($"'{hex}' is not a #RRGGBB colour.");
            }

            double Channel(int at)
            {
                var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        }
    }
}
