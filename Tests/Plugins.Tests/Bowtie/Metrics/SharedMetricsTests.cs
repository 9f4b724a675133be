using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;
using Xunit;

namespace DataverseFunnel.Plugins.Tests.Bowtie.Metrics
{
    /// <summary>
    /// The shared metric definitions on every target framework this project runs (net10.0, and net462 on Mono): worked
    /// examples whose figures are derived by hand in the comments, so both runtimes are held to the same numbers.
    /// </summary>
    public class SharedMetricsTests
    {
        private static readonly DateTime Day0 = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        [Fact]
        public void StageTally_VolumesConversionsAndDays_SkipsCountAsReachedButHaveNoDays()
        {
            var tally = new StageTally();
            var a = Journey.Stepped(0, 2, 6);      // Prospect d0 → MQL d2 → SQL d6
            var b = Journey.Stepped(0, 4);         // Prospect d0 → MQL d4
            var c = Journey.SkippedTo(2, 0, 10);   // Prospect d0 → SQL d10, skipping MQL
            var d = Journey.Stepped(0);            // Prospect only
            tally.Add(ref a);
            tally.Add(ref b);
            tally.Add(ref c);
            tally.Add(ref d);

            var stages = tally.ToStages();

            Assert.Equal(new long[] { 4, 3, 2, 0, 0, 0, 0 }, Volumes(stages));
            Assert.Equal(0.75, stages[0].ConversionToNext);            // 3 of 4 reached MQL (C by a skip)
            Assert.Equal(2 / 3.0, stages[1].ConversionToNext);
            Assert.Equal(0.0, stages[2].ConversionToNext);
            Assert.Null(stages[3].ConversionToNext);                   // nobody at Commit
            Assert.Null(stages[6].ConversionToNext);                   // LTV is last
            Assert.Equal(3.0, stages[0].MedianDaysToNext);             // A 2, B 4 (C never entered MQL)
            Assert.Equal(3.5, stages[0].P75DaysToNext);                // 2 + 0.75 × (4 − 2)
            Assert.Equal(4.0, stages[1].MedianDaysToNext);             // A only: C skipped MQL
            Assert.Null(stages[2].MedianDaysToNext);
        }

        [Fact]
        public void WeakestLink_LowestConversionAgainstTarget_InTheFrameworksWords()
        {
            var tally = new StageTally();
            var a = Journey.Stepped(0, 2, 6);
            var b = Journey.Stepped(0, 4);
            tally.Add(ref a);
            tally.Add(ref b);
            var targets = ConversionTargets.Parse("{\"Marketing\": 0.5, \"MQL->SQL\": 0.9, \"Selling\": 0.1}");
            var none = new Dictionary<string, IReadOnlyList<StageMetrics>>();

            // Marketing 2/2 ÷ 0.5 = 2; Prospecting 1/2 ÷ 0.9 = 0.56; Selling 0/1 ÷ 0.1 = 0: Selling is the weakest.
            var weakest = WeakestLinkFinder.Find(tally.ToStages(), none, none, targets);

            Assert.NotNull(weakest);
            Assert.Equal(BowtieStage.Sql, weakest!.From);
            Assert.Equal(BowtieStage.Commit, weakest.To);
            Assert.Equal("SQL → Commit (Selling) converts 0 % against a 10 % target.", weakest.Sentence);
        }

        [Fact]
        public void Gap_NamesOnlyABigEnoughGroupClearlyBelow_NeverTheUnlabelled()
        {
            var groups = new Dictionary<string, IReadOnlyList<StageMetrics>>
            {
                ["Inbound"] = Stages(100, 50),
                ["Outbound"] = Stages(140, 10),
                ["Target"] = Stages(20, 0),          // below 30 journeys: too small to name
                [BowtieVocabulary.NoGroup] = Stages(200, 0),
            };

            var gap = WeakestLinkFinder.Gap(groups, 0, 0.3);

            Assert.NotNull(gap);
            Assert.Equal("Outbound", gap!.Name);
            Assert.Equal((140L, 10L), (gap.Entered, gap.MovedOn));
            Assert.True(gap.UpperBound < 0.3);
        }

        [Fact]
        public void Wilson_TextbookInterval_For50Of100()
        {
            var (lower, upper) = WilsonInterval.Of(50, 100);

            Assert.Equal(0.4038, lower, 4);
            Assert.Equal(0.5962, upper, 4);
            Assert.Equal(0.0, WilsonInterval.Of(0, 10).Lower);
        }

        [Fact]
        public void Revenue_MrrArrRetentionAndLtv_OverTheWindow()
        {
            var jan15 = Day0.AddDays(14);
            var feb1 = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
            var mar1 = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
            var events = new List<RevenueEvent>
            {
                new RevenueEvent(0, Day0.Ticks, 100m, 0m, false),   // journey 0 live at 100 …
                new RevenueEvent(1, Day0.Ticks, 200m, 0m, false),   // journey 1 live at 200 …
                new RevenueEvent(0, feb1.Ticks, 150m, 0m, false),   // … grows to 150
                new RevenueEvent(1, feb1.Ticks, 0m, 200m, true),    // … off-boarded
            };

            var r = RevenueCalculator.Compute(events, 2, jan15.Ticks, mar1.Ticks);

            Assert.Equal(150m, r.Mrr);
            Assert.Equal(1800m, r.Arr);
            Assert.Equal(150 / 300.0, r.Nrr!.Value, 12);            // (150 + 0) / (100 + 200)
            Assert.Equal(100 / 300.0, r.Grr!.Value, 12);            // (min(100,150) + min(200,0)) / 300
            Assert.Equal(450m, r.Ltv);                              // 100×1 + 150×1 + 200×1 month
            Assert.Equal((1L, 200m), (r.OffBoarded, r.LostMrr));
        }

        [Theory]
        [InlineData("{\"MQL->Commit\": 0.3}", "Unknown process 'MQL->Commit'")]
        [InlineData("{\"Prospecting\": 25}", "between 0 and 1")]
        [InlineData("[0.2]", "one JSON object")]
        [InlineData("{oops", "not valid JSON")]
        public void Targets_BadJson_SaysWhatToWrite(string json, string expected)
        {
            var error = Assert.Throws<FormatException>(() => ConversionTargets.Parse(json));

            Assert.Contains(expected, error.Message);
        }

        [Fact]
        public void Targets_NamedByStagesOrProcess_NullRemoves()
        {
            var targets = ConversionTargets.Parse("{\"MQL→SQL\": 0.3, \"sql->commit\": 0.4, \"Grow\": null}");

            Assert.Equal(0.3, targets.For(BowtieStage.Mql));
            Assert.Equal(0.4, targets.For(BowtieStage.Sql));
            Assert.Null(targets.For(BowtieStage.Recurring));
            Assert.Equal(0.20, targets.For(BowtieStage.Prospect)); // default kept
        }

        [Theory]
        [InlineData(" sql ", BowtieStage.Sql)]
        [InlineData("recurring (mrr/arr)", BowtieStage.Recurring)]
        [InlineData("LTV", BowtieStage.Ltv)]
        public void StageNames_ParseExportNameOrModelLabel(string text, BowtieStage expected)
        {
            Assert.True(BowtieVocabulary.TryParseStage(text, out var stage));
            Assert.Equal(expected, stage);
        }

        private static long[] Volumes(IReadOnlyList<StageMetrics> stages)
        {
            var volumes = new long[stages.Count];
            for (var i = 0; i < volumes.Length; i++)
            {
                volumes[i] = stages[i].Volume;
            }

            return volumes;
        }

        /// <summary>Stage figures where <paramref name="entered"/> reached Prospect and <paramref name="movedOn"/> MQL.</summary>
        private static IReadOnlyList<StageMetrics> Stages(long entered, long movedOn) => new[]
        {
            new StageMetrics(BowtieStage.Prospect, entered, movedOn / (double)entered, null, null),
            new StageMetrics(BowtieStage.Mql, movedOn, null, null, null),
        };

        /// <summary>A journey's progress as a plugin would fill it from the first-entered dates.</summary>
        private struct Journey : IJourneyProgress
        {
            private long[] _entered;

            public int Furthest { get; private set; }

            public int SteppedInto { get; private set; }

            public long FirstEntered(int stage) => _entered[stage];

            /// <summary>Entered stage 0, 1, 2… on the given days, each by a one-step move.</summary>
            public static Journey Stepped(params int[] days)
            {
                var journey = new Journey { _entered = new long[BowtieVocabulary.StageCount], Furthest = days.Length - 1 };
                for (var k = 0; k < days.Length; k++)
                {
                    journey._entered[k] = Day0.AddDays(days[k]).Ticks;
                    journey.SteppedInto |= k > 0 ? 1 << k : 0;
                }

                return journey;
            }

            /// <summary>Entered Prospect on <paramref name="prospectDay"/>, then skipped straight to <paramref name="stage"/>.</summary>
            public static Journey SkippedTo(int stage, int prospectDay, int day)
            {
                var journey = new Journey { _entered = new long[BowtieVocabulary.StageCount], Furthest = stage };
                journey._entered[0] = Day0.AddDays(prospectDay).Ticks;
                journey._entered[stage] = Day0.AddDays(day).Ticks;
                return journey;
            }
        }
    }
}
