using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Metrics;
using DataverseFunnel.Poster;

namespace DataverseFunnel.Metrics.Tests.Poster
{
    /// <summary>WCAG AA over the poster: each colour pair of the palette, and each piece of text on the fill under it.</summary>
    public class PosterContrastTests
    {
        // The SVG is 420 mm wide for 1684 units; a CSS pixel is 1/96 in = 0.2646 mm (https://www.w3.org/TR/css-values-3/#absolute-lengths).
        private const double CssPixelsPerUnit = 420.0 / PosterLayout.Width / (25.4 / 96);

        [Theory]
        [InlineData("#FFFFFF", "#000000", 21.0)]
        [InlineData("#777777", "#FFFFFF", 4.48)]
        [InlineData("#2BBB96", "#FFFFFF", 2.43)] // the old LTV green under white text: the 2.4:1 the issue reported
        public void Ratio_KnownPairs(string a, string b, double expected)
        {
            Assert.Equal(expected, WcagContrast.Ratio(a, b), 2);
        }

        [Fact]
        public void Palette_EveryTextColourOnEveryFillItIsDrawnOver_MeetsAaForNormalText()
        {
            var failures = new List<string>();
            void Check(string text, string fill)
            {
                var ratio = WcagContrast.Ratio(text, fill);
                if (ratio < WcagContrast.Text)
                {
                    failures.Add($"{text} on {fill}: {ratio:0.00}:1");
                }
            }

            foreach (var stage in PosterPalette.Stages)
            {
                Check(PosterPalette.OnShape, stage);
            }

            foreach (var text in new[] { PosterPalette.Ink, PosterPalette.Muted, PosterPalette.Gap, PosterPalette.Stages[5] }.Concat(PosterPalette.Motions))
            {
                foreach (var fill in new[] { PosterPalette.Background, PosterPalette.Panel, PosterPalette.GapPanel })
                {
                    Check(text, fill);
                }
            }

            Assert.True(failures.Count == 0, "Below 4.5:1: " + string.Join("; ", failures));
        }

        [Theory]
        [InlineData("sentinel")]
        [InlineData("campaigns")]
        [InlineData("empty")]
        public void Scene_EveryText_MeetsAaOnTheFillUnderIt(string sample)
        {
            var metrics = sample switch
            {
                "sentinel" => PosterSamples.Sentinel(),
                "campaigns" => PosterSamples.WithCampaigns(),
                _ => new MetricsBuilder().Build(),
            };
            var shapes = PosterLayout.Build(metrics).Shapes;
            var failures = new List<string>();
            var texts = 0;
            for (var i = 0; i < shapes.Count; i++)
            {
                if (shapes[i] is not TextShape text)
                {
                    continue;
                }

                texts++;
                var fill = FillUnder(shapes, i, SamplePoint(text));
                var pixels = text.Size * CssPixelsPerUnit;
                var needed = WcagContrast.IsLarge(pixels, text.Bold) ? WcagContrast.LargeText : WcagContrast.Text;
                var ratio = WcagContrast.Ratio(text.Color, fill);
                if (ratio < needed)
                {
                    failures.Add($"'{text.Text}' {text.Color} on {fill}: {ratio:0.00}:1 < {needed}:1");
                }
            }

            Assert.True(texts > 20, "The scene drew almost no text: the check would be empty.");
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }

        /// <summary>A point inside the glyphs: a little above the baseline, a little inside the anchored end.</summary>
        private static PosterPoint SamplePoint(TextShape text) => new(
            text.Anchor switch { TextAnchor.Start => text.X + 2, TextAnchor.End => text.X - 2, _ => text.X },
            text.Y - (text.Size * 0.3));

        /// <summary>The fill of the last shape drawn before the text that covers the point; the page's white otherwise.</summary>
        private static string FillUnder(IReadOnlyList<PosterShape> shapes, int before, PosterPoint p)
        {
            for (var i = before - 1; i >= 0; i--)
            {
                switch (shapes[i])
                {
                    case RectShape { Fill: { } fill } r when p.X >= r.X && p.X <= r.X + r.Width && p.Y >= r.Y && p.Y <= r.Y + r.Height:
                        return fill;
                    case PolygonShape polygon when Inside(polygon.Points, p):
                        return polygon.Fill;
                }
            }

            return PosterPalette.Background;
        }

        // Even-odd ray casting.
        private static bool Inside(IReadOnlyList<PosterPoint> points, PosterPoint p)
        {
            var inside = false;
            for (int i = 0, j = points.Count - 1; i < points.Count; j = i++)
            {
                if ((points[i].Y > p.Y) != (points[j].Y > p.Y)
                    && p.X < ((points[j].X - points[i].X) * (p.Y - points[i].Y) / (points[j].Y - points[i].Y)) + points[i].X)
                {
                    inside = !inside;
                }
            }

            return inside;
        }
    }
}
