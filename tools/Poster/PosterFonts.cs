using System;
using System.Collections.Generic;
using System.Linq;
using SkiaSharp;

namespace DataverseFunnel.Poster
{
    /// <summary>
    /// Finds a real font for the PNG. A bare CI machine may have none, and Skia would then draw every label as nothing;
    /// so this fails with one line that says what to install instead.
    /// </summary>
    internal static class PosterFonts
    {
        public const string Missing =
            "No font found to draw the poster's text. Install one, e.g. 'apt-get install -y fonts-dejavu-core', or write the poster as .svg.";

        private static readonly string[] Preferred = { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica" };

        public static (SKTypeface Regular, SKTypeface Bold) Resolve()
        {
            var fonts = SKFontManager.Default;
            var family = ChooseFamily(fonts.GetFontFamilies());
            var regular = family is null ? null : fonts.MatchFamily(family, SKFontStyle.Normal);
            if (family is null || regular is null || regular.GlyphCount == 0)
            {
                throw new PosterFontException(Missing);
            }

            var bold = fonts.MatchFamily(family, SKFontStyle.Bold) ?? regular;
            return (regular, bold);
        }

        /// <summary>A preferred sans-serif family if installed, else the first installed family by name, else null.</summary>
        internal static string? ChooseFamily(IEnumerable<string> installed)
        {
            var families = installed.ToList();
            return Preferred.FirstOrDefault(p => families.Contains(p, StringComparer.OrdinalIgnoreCase))
                ?? families.OrderBy(f => f, StringComparer.Ordinal).FirstOrDefault();
        }
    }
}
