using System;
using System.IO;
using System.Text;
using DataverseFunnel.Poster;

namespace DataverseFunnel.Metrics.Tests.Poster
{
    /// <summary>
    /// The SVG drawing moved to Plugins/Bowtie/Poster (net462 + net10.0, shared with the Custom API). Expected/ holds what
    /// the CLI wrote before the move (main 2ed8cc0: PosterFile.ToSvg and MetricsJsonWriter.ToJson of these samples, by a
    /// scratch test in a copy of that commit): the same metrics must still give the same bytes.
    /// </summary>
    public class SharedPosterTests
    {
        public static TheoryData<string> Samples => new() { "sentinel", "campaign-gap", "small-bowtie", "small-bowtie-window" };

        [Theory]
        [MemberData(nameof(Samples))]
        public void CliSvg_IsByteIdenticalToBeforeTheMove(string sample)
        {
            var metrics = Sample(sample);

            Assert.Equal(Expected(sample + ".svg"), PosterFile.ToSvg(metrics));
            Assert.Equal(Expected(sample + ".json"), MetricsJsonWriter.ToJson(metrics));
        }

        [Theory]
        [MemberData(nameof(Samples))]
        public void SharedSvg_OfTheMetricsDocument_IsTheCliSvg(string sample)
        {
            // What the Custom API does: the document's metrics drawn by the shared writer.
            using var document = new MemoryStream(Encoding.UTF8.GetBytes(Expected(sample + ".json")));

            var svg = SvgPosterWriter.ToSvg(MetricsJsonReader.Read(document));

            Assert.Equal(Expected(sample + ".svg"), svg);
        }

        [Fact]
        public void SvgFile_IsTheSvgText_InUtf8WithoutBom()
        {
            var path = Path.Combine(Path.GetTempPath(), $"poster-{Guid.NewGuid():N}.svg");
            try
            {
                PosterFile.Save(PosterSamples.Sentinel(), path);

                Assert.Equal(Encoding.UTF8.GetBytes(Expected("sentinel.svg")), File.ReadAllBytes(path));
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void Text_IsEscapedAsXmlWriterDid()
        {
            var scene = new PosterScene(10, 10, "a<b>&\"c\"", new PosterShape[] { new TextShape(1, 2, "x<y & \"z\"\r\n\u0001😀", 3, false, "#000", TextAnchor.Start) });

            var svg = SvgPosterWriter.Write(scene);

            Assert.Contains("<title>a&lt;b&gt;&amp;\"c\"</title>", svg, StringComparison.Ordinal);
            Assert.Contains(">x&lt;y &amp; \"z\"\n\uFFFD😀</text>", svg, StringComparison.Ordinal);
        }

        private static BowtieMetrics Sample(string name) => name switch
        {
            "sentinel" => PosterSamples.Sentinel(),
            "campaign-gap" => PosterSamples.WithCampaigns(),
            "small-bowtie" => Fixtures.Compute(Fixtures.SmallBowtie),
            _ => Fixtures.Compute(Fixtures.SmallBowtie, new MetricsOptions { From = new DateOnly(2025, 1, 1), To = new DateOnly(2025, 3, 31) }),
        };

        private static string Expected(string file) =>
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Poster", "Expected", file), Encoding.UTF8);
    }
}
