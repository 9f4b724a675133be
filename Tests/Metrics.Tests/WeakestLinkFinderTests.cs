using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests
{
    public class WeakestLinkFinderTests
    {
        [Fact]
        public void Build_DefaultTargets_NamesTheProcessFurthestBehind()
        {
            // SmallBowtie conversions ÷ default targets: 0.8/0.20 = 4; 0.75/0.25 = 3; 0.667/0.25 = 2.67; 1/0.94 = 1.06;
            // 0.5/0.90 = 0.56; 0/0.22 = 0 → Recurring → LTV (Grow) is weakest. Only Inbound has Recurring journeys, so
            // no motion is named as the gap.
            var weakest = Fixtures.Compute(Fixtures.SmallBowtie).Weakest!;

            Assert.Equal(BowtieStage.Recurring, weakest.From);
            Assert.Equal(BowtieStage.Ltv, weakest.To);
            Assert.Equal(0.0, weakest.Conversion);
            Assert.Equal(0.22, weakest.Target);
            Assert.Equal("Recurring → LTV (Grow) converts 0 % against a 22 % target.", weakest.Sentence);
        }

        [Fact]
        public void Build_OneTarget_SentenceNamesTheMotionThatIsTheGap()
        {
            // Only MQL→SQL has a target (90 %). It converts 3/4 = 75 %; Inbound 1/2 = 50 %, Outbound 2/2 = 100 %.
            var targets = ConversionTargets.Parse(
                """{"Marketing": null, "MQL->SQL": 0.9, "Selling": null, "Onboarding": null, "Achieve impact": null, "Grow": null}""");

            var weakest = Fixtures.Compute(Fixtures.SmallBowtie, new MetricsOptions { Targets = targets }).Weakest!;

            Assert.Equal("MQL → SQL (Prospecting) converts 75 % against a 90 % target; inbound is the gap (50 %).", weakest.Sentence);
        }

        [Fact]
        public void Build_EveryTargetMet_SentenceSaysSoAndNamesTheTightestMargin()
        {
            // Targets 10 % and none for Grow: ratios Prospect→MQL 0.8/0.1 = 8, MQL→SQL 7.5, SQL→Commit 6.67,
            // Commit→Live 10, Live→Recurring 0.5/0.1 = 5 → all met; the tightest margin is Live → Recurring.
            var targets = ConversionTargets.Parse(
                """{"Marketing": 0.1, "Prospecting": 0.1, "Selling": 0.1, "Onboarding": 0.1, "Achieve impact": 0.1, "Grow": null}""");

            var weakest = Fixtures.Compute(Fixtures.SmallBowtie, new MetricsOptions { Targets = targets }).Weakest!;

            Assert.Equal("Every process meets its target; the tightest margin is Live → Recurring (Achieve impact) at 50 % against a 10 % target.",
                weakest.Sentence);
        }

        [Theory]
        [InlineData("win")]
        [InlineData("close")]
        [InlineData("churn")]
        [InlineData("expand")]
        [InlineData("negotiat")]
        public void Build_Sentences_UseCustomerCentricWords(string avoided)
        {
            // All three kinds of sentence: behind without a gap motion, behind with one, every target met.
            var allMet = ConversionTargets.Parse("""{"Marketing": 0.1, "Prospecting": 0.1, "Selling": 0.1, "Onboarding": 0.1, "Achieve impact": 0.1, "Grow": null}""");
            var gap = ConversionTargets.Parse("""{"Marketing": null, "MQL->SQL": 0.9, "Selling": null, "Onboarding": null, "Achieve impact": null, "Grow": null}""");
            foreach (var targets in new[] { ConversionTargets.Default, allMet, gap })
            {
                var weakest = Fixtures.Compute(Fixtures.SmallBowtie, new MetricsOptions { Targets = targets }).Weakest!;

                Assert.DoesNotContain(avoided, weakest.Sentence, System.StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
