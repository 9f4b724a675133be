using System;
using System.Linq;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests
{
    public class MetricsBuilderTests
    {
        [Fact]
        public void Build_SmallBowtie_VolumesCountSkipsRecyclesAndExitsAsReached()
        {
            // Furthest stage: J1 Recurring, J2 SQL (then Not a fit), J3 Live (Commit by skip, then off-boarded),
            // J4 MQL (recycled, back at MQL), J5 Prospect.
            // Prospect 5; MQL J1-J4 = 4; SQL J1, J2, J3 (skipped SQL counts as reached) = 3; Commit J1, J3 = 2;
            // Live J1, J3 = 2; Recurring J1 = 1; LTV 0.
            var metrics = Fixtures.Compute(Fixtures.SmallBowtie);

            Assert.Equal(new long[] { 5, 4, 3, 2, 2, 1, 0 }, metrics.Stages.Select(s => s.Volume));
            Assert.Equal(5, metrics.Window.Journeys);
            Assert.Equal(20, metrics.Window.Transitions);
        }

        [Fact]
        public void Build_SmallBowtie_ConversionIsNextVolumeOverVolume()
        {
            // 4/5 = 0.8; 3/4 = 0.75; 2/3 = 0.6667; 2/2 = 1; 1/2 = 0.5; 0/1 = 0; LTV has no next stage: null.
            var stages = Fixtures.Compute(Fixtures.SmallBowtie).Stages;

            Assert.Equal(0.8, stages[0].ConversionToNext!.Value, 9);
            Assert.Equal(0.75, stages[1].ConversionToNext!.Value, 9);
            Assert.Equal(2.0 / 3, stages[2].ConversionToNext!.Value, 9);
            Assert.Equal(1.0, stages[3].ConversionToNext!.Value, 9);
            Assert.Equal(0.5, stages[4].ConversionToNext!.Value, 9);
            Assert.Equal(0.0, stages[5].ConversionToNext!.Value, 9);
            Assert.Null(stages[6].ConversionToNext);
        }

        [Fact]
        public void Build_SmallBowtie_DaysOnlyOverJourneysThatDidNotSkip()
        {
            // Prospect→MQL, first entry to first entry: J1 10, J2 4, J3 10, J4 12 (its recycle comes later) →
            //   sorted 4, 10, 10, 12: median (10+10)/2 = 10; p75 at position 0.75×3 = 2.25 → 10 + 0.25×(12−10) = 10.5.
            // MQL→SQL: J1 10, J2 20 (J3 skipped SQL: excluded) → median 15, p75 at 0.75 → 10 + 0.75×10 = 17.5.
            // SQL→Commit: J1 20 only (J3 reached Commit by a skip) → 20, 20.
            // Commit→Live: J1 02-10→03-12 = 30, J3 01-22→02-26 = 35 → median 32.5, p75 30 + 0.75×5 = 33.75.
            // Live→Recurring: J1 03-12→04-11 = 30. Recurring→LTV: nobody → null.
            var stages = Fixtures.Compute(Fixtures.SmallBowtie).Stages;

            Assert.Equal(new double?[] { 10, 15, 20, 32.5, 30, null, null }, stages.Select(s => s.MedianDaysToNext));
            Assert.Equal(new double?[] { 10.5, 17.5, 20, 33.75, 30, null, null }, stages.Select(s => s.P75DaysToNext));
        }

        [Fact]
        public void Build_SmallBowtie_BreaksDownByMotionAndCampaign()
        {
            // Inbound = J1, J4: Prospect 2, MQL 2, SQL 1, Commit 1, Live 1, Recurring 1, LTV 0.
            // Outbound = J2, J3: 2, 2, 2, 1, 1, 0, 0; MQL→SQL 2/2 = 1, SQL→Commit 1/2.
            // (none) = J5: 1, 0, … The campaigns split the same way (Webinar = Inbound, Cold = Outbound).
            var metrics = Fixtures.Compute(Fixtures.SmallBowtie);

            Assert.Equal(new[] { "Inbound", "Outbound", "(none)" }, metrics.ByMotion.Keys);
            Assert.Equal(new long[] { 2, 2, 1, 1, 1, 1, 0 }, metrics.ByMotion["Inbound"].Select(s => s.Volume));
            Assert.Equal(new long[] { 2, 2, 2, 1, 1, 0, 0 }, metrics.ByMotion["Outbound"].Select(s => s.Volume));
            Assert.Equal(new long[] { 1, 0, 0, 0, 0, 0, 0 }, metrics.ByMotion["(none)"].Select(s => s.Volume));
            Assert.Equal(0.5, metrics.ByMotion["Inbound"][1].ConversionToNext);
            Assert.Equal(1.0, metrics.ByMotion["Outbound"][1].ConversionToNext);
            Assert.Null(metrics.ByMotion["Outbound"][5].ConversionToNext);
            Assert.Equal(new[] { "Cold", "Webinar", "(none)" }, metrics.ByCampaign.Keys);
            Assert.Equal(new long[] { 2, 2, 1, 1, 1, 1, 0 }, metrics.ByCampaign["Webinar"].Select(s => s.Volume));
        }

        [Fact]
        public void Build_SmallBowtie_RightSideAsOfTheLastMove()
        {
            // As of the last move 2025-04-26; retention window the 12 months before: nobody was live on 2024-04-26,
            // so GRR and NRR are undefined (null). MRR now: J1 1000 (J3 off-boarded) → ARR 12,000.
            // LTV: J1 live 03-12 → 04-26 = 1 month + 14/30 (04-12 → 05-12 has 30 days) = 1.4667 × 1000 = 1466.67;
            // J3 live 02-26 → 04-26 = 2 months × 500 = 1000 → 2466.67. Off-boarded 1, lost MRR 500.
            var metrics = Fixtures.Compute(Fixtures.SmallBowtie);
            var r = metrics.Recurring;

            Assert.Equal(new DateTime(2025, 4, 26, 0, 0, 0, DateTimeKind.Utc), metrics.Window.AsOf);
            Assert.Equal(new DateTime(2024, 4, 26, 0, 0, 0, DateTimeKind.Utc), metrics.Window.RetentionFrom);
            Assert.Equal(1000m, r.Mrr);
            Assert.Equal(12000m, r.Arr);
            Assert.Null(r.Grr);
            Assert.Null(r.Nrr);
            Assert.Equal(2466.67m, Math.Round(r.Ltv, 2));
            Assert.Equal(1, r.OffBoarded);
            Assert.Equal(500m, r.LostMrr);
        }

        [Fact]
        public void Build_Retention_NetAndGrossRetentionOverTheWindow()
        {
            // Window 2024-02-01 … 2024-12-31 (as of 2025-01-01). Base just before 02-01: A 100, B 200, C 300 = 600
            // (D goes live later: new, not in the base). At as-of: A 150, B 120, C 0.
            // NRR = (600 + 50 growth − 80 contraction − 300 lost) / 600 = 270/600 = 0.45.
            // GRR = (min(100,150) + min(200,120) + min(300,0)) / 600 = 220/600 = 0.366667.
            // MRR = 150 + 120 + 1000 = 1270 → ARR 15,240. Off-boarded: C, lost 300.
            // LTV to 2025-01-01: A 100×5 + 150×7 = 1550; B 200×8 + 120×4 = 2080; C 300×9 = 2700; D 1000×10 = 10000
            // → 16,330.
            var options = new MetricsOptions { From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 12, 31) };
            var metrics = Fixtures.Compute(Fixtures.Retention, options);
            var r = metrics.Recurring;

            Assert.Equal(0.45, r.Nrr!.Value, 9);
            Assert.Equal(220.0 / 600, r.Grr!.Value, 9);
            Assert.Equal(1270m, r.Mrr);
            Assert.Equal(15240m, r.Arr);
            Assert.Equal(1, r.OffBoarded);
            Assert.Equal(300m, r.LostMrr);
            Assert.Equal(16330m, Math.Round(r.Ltv, 6));
            Assert.Equal(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), metrics.Window.AsOf);
        }

        [Fact]
        public void Build_Retention_CohortIsOnlyJourneysCreatedInTheWindow()
        {
            // Only D was created in 2024-02-01 … 2024-12-31 (at Commit, then Live): Prospect…Live 1, Recurring 0.
            var options = new MetricsOptions { From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 12, 31) };
            var metrics = Fixtures.Compute(Fixtures.Retention, options);

            Assert.Equal(1, metrics.Window.Journeys);
            Assert.Equal(new long[] { 1, 1, 1, 1, 1, 0, 0 }, metrics.Stages.Select(s => s.Volume));
            Assert.Equal(new[] { "Inbound" }, metrics.ByMotion.Keys);
        }

        [Fact]
        public void Build_EmptyWindow_ZeroVolumesAndNullRatios()
        {
            // Nobody in SmallBowtie was created in 2025-03: every volume 0, every conversion and time null, no weakest link.
            // The right side still measures the customers as of 2025-03-31 (end of day): J3 500 live since 02-26, J1 1000
            // since 03-12 → MRR 1500.
            var options = new MetricsOptions { From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 3, 31) };
            var metrics = Fixtures.Compute(Fixtures.SmallBowtie, options);

            Assert.Equal(0, metrics.Window.Journeys);
            Assert.All(metrics.Stages, s => Assert.Equal(0, s.Volume));
            Assert.All(metrics.Stages, s => Assert.Null(s.ConversionToNext));
            Assert.All(metrics.Stages, s => Assert.Null(s.MedianDaysToNext));
            Assert.Empty(metrics.ByMotion);
            Assert.Null(metrics.Weakest);
            Assert.Equal(1500m, metrics.Recurring.Mrr);
        }

        [Fact]
        public void Build_NoMovesAtAll_EverythingZeroOrNull()
        {
            var metrics = new MetricsBuilder().Build();

            Assert.Null(metrics.Window.AsOf);
            Assert.Equal(0m, metrics.Recurring.Mrr);
            Assert.Null(metrics.Recurring.Nrr);
            Assert.Null(metrics.Weakest);
        }

        [Fact]
        public void Build_MovesAfterTheWindow_AreNotCounted()
        {
            // --to 2025-01-31: by then J1 and J2 are at SQL, J3 at Commit (skip), J4 at MQL; later moves do not count.
            // Prospect 5, MQL 4, SQL 3 (J1, J2, J3), Commit 1 (J3 on 01-22; J1 only on 02-10), Live 0.
            // Moves counted: 5 creations + 4 to MQL + J1 SQL, J3 Commit, J2 SQL = 12.
            var options = new MetricsOptions { To = new DateOnly(2025, 1, 31) };
            var metrics = Fixtures.Compute(Fixtures.SmallBowtie, options);

            Assert.Equal(new long[] { 5, 4, 3, 1, 0, 0, 0 }, metrics.Stages.Select(s => s.Volume));
            Assert.Equal(12, metrics.Window.Transitions);
        }

        [Fact]
        public void Add_StageMovesFromTheDemo_SameFiguresAsTheExport()
        {
            // The input model a caller fills from bowtie_stagetransition rows gives the figures the CSV gives.
            var day = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var builder = new MetricsBuilder();
            builder.Add(StageMove.Into("a", null, BowtieStage.Prospect, day, "Inbound"));
            builder.Add(StageMove.Into("a", BowtieStage.Prospect, BowtieStage.Mql, day.AddDays(3), "Inbound"));
            builder.Add(StageMove.Into("b", null, BowtieStage.Prospect, day, "Outbound"));
            builder.Add(StageMove.Leave("b", BowtieStage.Prospect, BowtieExit.NotAFit, day.AddDays(1), "Outbound"));

            var metrics = builder.Build();

            // Prospect 2, MQL 1 → 50 %; Prospect→MQL days: a only, 3.
            Assert.Equal(new long[] { 2, 1, 0, 0, 0, 0, 0 }, metrics.Stages.Select(s => s.Volume));
            Assert.Equal(0.5, metrics.Stages[0].ConversionToNext);
            Assert.Equal(3.0, metrics.Stages[0].MedianDaysToNext);
        }

        [Fact]
        public void Build_SkipRecordedAsOneRowPerStagePassed_SameFiguresAsOneSkipRow()
        {
            // The plugin records J3's skip MQL → Commit as MQL → SQL and SQL → Commit at the same instant. SQL was
            // passed through, not entered: volumes, conversions and days are exactly those of the single skip row.
            var perStage = Fixtures.SmallBowtie.Replace(
                "J3,MQL,Commit,2025-01-22T00:00:00Z,Outbound,Cold,500",
                "J3,MQL,SQL,2025-01-22T00:00:00Z,Outbound,Cold,0\nJ3,SQL,Commit,2025-01-22T00:00:00Z,Outbound,Cold,500",
                StringComparison.Ordinal);
            Assert.NotEqual(Fixtures.SmallBowtie, perStage);

            var one = Fixtures.Compute(Fixtures.SmallBowtie);
            var stepwise = Fixtures.Compute(perStage);

            Assert.Equal(one.Stages, stepwise.Stages);
            Assert.Equal(one.ByMotion["Outbound"], stepwise.ByMotion["Outbound"]);
            Assert.Equal(one.Recurring, stepwise.Recurring);
        }

        [Fact]
        public void Build_CreatedAtALaterStage_OnlyTheStageItStartsAtIsEntered()
        {
            // Created at SQL on 01-01 (recorded as Prospect, Prospect → MQL, MQL → SQL at one instant), Commit 5 days
            // later: Prospect and MQL reached but not entered (no days); SQL → Commit 5 days.
            var csv = Fixtures.Csv("x,,Prospect,2025-01-01T00:00:00Z,,,0", "x,Prospect,MQL,2025-01-01T00:00:00Z,,,0",
                "x,MQL,SQL,2025-01-01T00:00:00Z,,,0", "x,SQL,Commit,2025-01-06T00:00:00Z,,,0");

            var stages = Fixtures.Compute(csv).Stages;

            Assert.Equal(new long[] { 1, 1, 1, 1, 0, 0, 0 }, stages.Select(s => s.Volume));
            Assert.Equal(new double?[] { null, null, 5, null, null, null, null }, stages.Select(s => s.MedianDaysToNext));
        }

        [Fact]
        public void Build_OffBoardedThenReactivated_CountsItsMrrAgain()
        {
            // Live 2024-01-01 at 100, off-boarded 2024-03-01, reactivated at Live 2024-05-01 at 80 (a creation-style row:
            // empty from_stage). As of 2024-06-01: MRR 80; LTV 100 × 2 + 80 × 1 = 280; one off-boarding losing 100.
            var csv = Fixtures.Csv("r,,Live,2024-01-01T00:00:00Z,,,100", "r,Live,Off-boarded,2024-03-01T00:00:00Z,,,0",
                "r,,Live,2024-05-01T00:00:00Z,,,80", "r,Live,Live,2024-06-01T00:00:00Z,,,80");

            var recurring = Fixtures.Compute(csv).Recurring;

            Assert.Equal(80m, recurring.Mrr);
            Assert.Equal(280m, recurring.Ltv);
            Assert.Equal(1, recurring.OffBoarded);
            Assert.Equal(100m, recurring.LostMrr);
        }

        [Fact]
        public void Add_GuidIdsInEitherCase_AreOneJourney()
        {
            // Dataverse ids are GUIDs, case-insensitive: one journey created, then moved, whatever the case.
            var day = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var builder = new MetricsBuilder();
            builder.Add(StageMove.Into("4C43D4DA-56EB-4518-8184-80846CCC36FE", null, BowtieStage.Prospect, day));
            builder.Add(StageMove.Into("4c43d4da-56eb-4518-8184-80846ccc36fe", BowtieStage.Prospect, BowtieStage.Mql, day.AddDays(1)));

            var metrics = builder.Build();

            Assert.Equal(1, metrics.Window.Journeys);
            Assert.Equal(1, metrics.Stages[1].Volume);
        }

        [Fact]
        public void Add_MoveWithNeitherStageNorExit_IsRejected()
        {
            var builder = new MetricsBuilder();
            var move = new StageMove("a", null, null, null, DateTime.UtcNow, null, null, 0m);

            var error = Assert.Throws<MetricsInputException>(() => builder.Add(move));

            Assert.Contains("exactly one", error.Message);
        }
    }
}
