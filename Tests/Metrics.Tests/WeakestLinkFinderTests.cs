using System;
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
        public void Build_GroupsOfTwo_AreTooSmallToBeNamed()
        {
            // Only MQL→SQL has a target (90 %). It converts 3/4 = 75 %; Inbound 1/2 = 50 % is lower, but two journeys
            // say nothing: fewer than 30 reached MQL, so neither a motion nor a campaign is named.
            var targets = ConversionTargets.Parse(
                """{"Marketing": null, "MQL->SQL": 0.9, "Selling": null, "Onboarding": null, "Achieve impact": null, "Grow": null}""");

            var weakest = Fixtures.Compute(Fixtures.SmallBowtie, new MetricsOptions { Targets = targets }).Weakest!;

            Assert.Equal("MQL → SQL (Prospecting) converts 75 % against a 90 % target.", weakest.Sentence);
            Assert.Null(weakest.Motion);
            Assert.Null(weakest.Campaign);
        }

        [Fact]
        public void Build_BigGroupsClearlyBelow_NamesTheMotionAndTheCampaign_NeverTheSmallOrTheChanceOnes()
        {
            // MQL → SQL, overall 50 of 260 = 19.2 % against 25 %.
            //   Inbound 100 MQL → 40 SQL (40 %); Outbound 140 MQL → 10 SQL (7.1 %, Wilson upper 12.7 % < 19.2 %: named);
            //   Target 20 MQL → 0 SQL (0 %, the lowest, but 20 < 30: not named).
            //   Campaigns: "Cold" 100 of the outbound MQLs → 4 SQL (4 %, named); "Event" 40 → 6 (15 %, upper 29 %: could be
            //   chance, not named); "Tiny" = Target's 20 (0 %, too small).
            var weakest = Fixtures.CampaignGap().Weakest!;

            Assert.Equal(BowtieStage.Mql, weakest.From);
            Assert.Equal(new GroupGap("Outbound", 140, 10, 10 / 140.0, WilsonInterval.Of(10, 140).Upper), weakest.Motion);
            Assert.Equal("Cold", weakest.Campaign!.Name);
            Assert.Equal(100, weakest.Campaign.Entered);
            Assert.True(WilsonInterval.Of(6, 40).Upper > 50 / 260.0, "Event must be the could-be-chance case of this fixture.");
            Assert.Equal("MQL → SQL (Prospecting) converts 19.2 % against a 25 % target; outbound is the gap (7.1 % of 140 at MQL); "
                + "the campaign furthest behind is Cold (4 % of 100 at MQL).", weakest.Sentence);
        }

        [Theory]
        [InlineData(0, 10, 0.0, 0.277533)]
        [InlineData(5, 10, 0.236593, 0.763407)]
        [InlineData(10, 10, 0.722467, 1.0)]
        public void Wilson_KnownIntervals(long successes, long trials, double lower, double upper)
        {
            // 0 of 10: upper = z² / (n + z²) = 3.8415 / 13.8415; 5 of 10 is symmetric about 50 %.
            var (low, high) = WilsonInterval.Of(successes, trials);

            Assert.Equal(lower, low, 5);
            Assert.Equal(upper, high, 5);
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
