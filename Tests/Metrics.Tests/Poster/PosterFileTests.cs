using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.Metrics;
using DataverseFunnel.Poster;
using SkiaSharp;

namespace DataverseFunnel.Metrics.Tests.Poster
{
    public class PosterFileTests
    {
        private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

        [Fact]
        public void ToSvg_Metrics_WellFormedA3WithEveryVolumeAndTheWeakestSentence()
        {
            var metrics = PosterSamples.Sentinel();

            var svg = XDocument.Parse(PosterFile.ToSvg(metrics));
            var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();

            Assert.Equal("0 0 1684 1191", svg.Root!.Attribute("viewBox")!.Value);
            Assert.Equal("420mm", svg.Root.Attribute("width")!.Value);
            foreach (var volume in new[] { "12,400", "843", "34", "8", "5", "4" })
            {
                Assert.Contains(volume, texts);
            }

            foreach (var process in new[] { "Marketing", "Prospecting", "Selling", "Onboarding", "Achieve impact", "Grow" })
            {
                Assert.Contains(process, texts);
            }

            Assert.Contains(metrics.Weakest!.Sentence, string.Join(" ", texts));
            Assert.Contains("6.8 %", texts);
            Assert.Contains("Inbound", texts);
        }

        [Fact]
        public void ToSvg_SameMetricsTwice_SameBytes()
        {
            Assert.Equal(PosterFile.ToSvg(PosterSamples.Sentinel()), PosterFile.ToSvg(PosterSamples.Sentinel()));
        }

        [Fact]
        public void ToSvg_WeakestBehindTarget_IsDrawnInTheGapColour()
        {
            // Sentinel's weakest process is Prospecting (MQL → SQL 4 % against 25 %): its conversion is orange.
            var svg = XDocument.Parse(PosterFile.ToSvg(PosterSamples.Sentinel()));

            var conversion = svg.Descendants(Svg + "text").Single(t => t.Value == "4 %");

            Assert.Equal(PosterPalette.Gap, conversion.Attribute("fill")!.Value);
        }

        [SkippableFact]
        public void Save_Png_A3At300DpiWithTheBowtieAndTextDrawn()
        {
            Skip.If(PosterFonts.ChooseFamily(SKFontManager.Default.GetFontFamilies()) is null,
                "No font installed: the PNG poster needs one (apt-get install -y fonts-dejavu-core).");
            var path = Path.Combine(Path.GetTempPath(), $"poster-{Guid.NewGuid():N}.png");
            try
            {
                PosterFile.Save(PosterSamples.Sentinel(), path);

                using var png = SKBitmap.Decode(path);
                Assert.Equal(4961, png.Width);
                Assert.Equal(3508, png.Height);
                var scale = Math.Min(4961 / 1684.0, 3508 / 1191.0);
                SKColor At(double x, double y) => png.GetPixel((int)(x * scale), (int)((y * scale) + ((3508 - (1191 * scale)) / 2)));
                Assert.Equal(SKColors.White, At(20, 20));
                Assert.Equal(SKColor.Parse("#1E4F8A"), At(80, 380)); // inside Prospect, above its label
                Assert.Equal(SKColor.Parse(PosterPalette.Stages[6]), At(1600, 380)); // inside LTV
                // The title's dark ink: some pixels along its baseline band are text-coloured (a font drew it).
                var inked = Enumerable.Range(60, 400).Count(x => At(x, 60).Red < 80);
                Assert.True(inked > 40, $"expected the title's text to be drawn, found {inked} dark pixels");
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Save_UnknownExtension_SaysWhichFormatsExist()
        {
            var error = Assert.Throws<ArgumentException>(() => PosterFile.Save(PosterSamples.Sentinel(), "poster.pdf"));

            Assert.Contains(".svg, .png or .html", error.Message);
        }

        [Fact]
        public void ChooseFamily_NoFontInstalled_IsNullSoThePngFailsClearly()
        {
            Assert.Null(PosterFonts.ChooseFamily(Array.Empty<string>()));
            Assert.Equal("DejaVu Sans", PosterFonts.ChooseFamily(new[] { "Zapfino", "DejaVu Sans" }));
            Assert.Equal("Abc", PosterFonts.ChooseFamily(new[] { "Zed", "Abc" }));
            Assert.Contains("fonts-dejavu-core", PosterFonts.Missing);
        }

        [Fact]
        public void ToSvg_EmptyMetrics_StillDrawsTheBowtie()
        {
            var svg = XDocument.Parse(PosterFile.ToSvg(new MetricsBuilder().Build()));
            var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();

            // Seven stage volumes plus the MRR, ARR and LTV tiles read 0.
            Assert.Equal(10, texts.Count(t => t == "0"));
            Assert.Contains("No process has journeys to measure yet.", texts);
        }
    }
}
