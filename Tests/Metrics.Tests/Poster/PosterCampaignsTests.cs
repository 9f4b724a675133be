using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.Metrics;
using DataverseFunnel.Poster;

namespace DataverseFunnel.Metrics.Tests.Poster
{
    /// <summary>The campaign panel beside the motion split, and the text tables of the same numbers.</summary>
    public class PosterCampaignsTests
    {
        [Fact]
        public void ToSvg_CampaignPanel_ShowsTheBiggestCampaignsAtTheWeakestProcess_TheNamedOneInTheGapColour()
        {
            var texts = PosterSamples.SvgTexts(PosterSamples.WithCampaigns());

            Assert.Contains(texts, t => t.Value == "Campaigns at Prospecting");
            // Three rows: Webinar and Cold (100 at MQL each), Event (40); Tiny (20) would be fourth.
            Assert.Equal(PosterPalette.Gap, texts.Single(t => t.Value == "Cold").Attribute("fill")!.Value);
            Assert.Contains(texts, t => t.Value == "100 → 4");
            Assert.Equal(PosterPalette.Ink, texts.Single(t => t.Value == "Event").Attribute("fill")!.Value);
            Assert.Contains(texts, t => t.Value == "40 → 6");
            Assert.DoesNotContain(texts, t => t.Value == "Tiny");
            // The motion the finder named is the motion drawn as the gap; the too-small Target is not.
            Assert.Equal(PosterPalette.Gap, texts.Single(t => t.Value == "Outbound").Attribute("fill")!.Value);
            Assert.NotEqual(PosterPalette.Gap, texts.Single(t => t.Value == "Target").Attribute("fill")!.Value);
        }

        [Fact]
        public void Table_CampaignTooSmallToJudge_SaysSo_AndIsNeverNamed()
        {
            // Tiny converts 0 %, the lowest of all, but only 20 journeys reached MQL: Cold is the campaign named.
            var metrics = PosterSamples.WithCampaigns();

            Assert.Contains("| Tiny | 20 | 0 | 0 % (too few to judge) |", PosterTable.ToMarkdown(metrics));
            Assert.Equal("Cold", metrics.Weakest!.Campaign!.Name);
        }

        [Fact]
        public void Tables_CarryEveryNumberThePosterPrints_ForTheStagesMotionsAndCampaigns()
        {
            var metrics = PosterSamples.Sentinel();
            var markdown = PosterTable.ToMarkdown(metrics);

            foreach (var stage in metrics.Stages)
            {
                Assert.Contains($"| {stage.Stage.Name()} | {stage.Volume.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)} |", markdown);
            }

            Assert.Contains("| Outbound |", markdown);
            Assert.Contains(metrics.Weakest!.Sentence, markdown);
            Assert.Contains("| MRR now |", markdown);
        }

        [Fact]
        public void ToHtml_IsThePictureWithItsNumbersAsAccessibleTables()
        {
            var metrics = PosterSamples.WithCampaigns();
            var html = PosterFile.ToHtml(metrics);

            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains("<svg role=\"img\" aria-describedby=\"numbers\"", html);
            Assert.DoesNotContain("<?xml", html);
            Assert.Contains("<section id=\"numbers\">", html);
            Assert.Contains("<caption>Campaigns at Prospecting (MQL → SQL)</caption>", html);
            Assert.Contains("<th scope=\"row\">Cold</th><td>100</td><td>4</td><td>4 %</td>", html);
            // Well-formed enough for an XML reader: every element closed, so a browser reads it without repair.
            XDocument.Parse(html["<!DOCTYPE html>\n".Length..].Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>", System.StringComparison.Ordinal));
        }
    }
}
