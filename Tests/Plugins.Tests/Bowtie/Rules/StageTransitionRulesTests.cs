using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Rules;
using static DataverseFunnel.Plugins.Tests.Bowtie.Rules.Journeys;

namespace DataverseFunnel.Plugins.Tests.Bowtie.Rules
{
    public class StageTransitionRulesTests
    {
        private static StageTransitionRules CreateSut(string? configuration = null) =>
            new StageTransitionRules(BowtieOptionsReader.Read(configuration).Options!);

        private static readonly string[] ForbiddenWords = { "win", "won", "close", "closed", "negotiat", "expand", "expansion", "churn" };

        private static void AssertRefused(TransitionDecision decision, params string[] mentions)
        {
            Assert.Equal(DecisionOutcome.Refused, decision.Outcome);
            Assert.Empty(decision.Transitions);
            Assert.Same(JourneyStamps.None, decision.Stamps);
            foreach (var mention in mentions)
            {
                Assert.Contains(mention, decision.Message);
            }

            var words = decision.Message!.ToLowerInvariant().Split(' ', ',', '.', ':', ';', '(', ')');
            Assert.DoesNotContain(words, w => ForbiddenWords.Any(f => w.StartsWith(f, System.StringComparison.Ordinal)));
        }

        [Fact]
        public void Decide_CreateWithoutStage_StartsAtProspect()
        {
            var decision = CreateSut().Decide(Create(null));

            Assert.Equal(DecisionOutcome.Allowed, decision.Outcome);
            Assert.Equal(BowtieStage.Prospect, decision.Stamps.Stage);
            Assert.Equal(Start, decision.Stamps.StageEnteredOn);
            Assert.Equal(new[] { BowtieStage.Prospect }, decision.Stamps.FirstEntered.Keys.ToArray()); // arrays on both sides: on Mono xunit sees an enum array as Int32 items
            var row = Assert.Single(decision.Transitions);
            Assert.Equal(TransitionKind.Created, row.Kind);
            Assert.Null(row.From);
            Assert.Equal(BowtieStage.Prospect, row.To);
            Assert.Equal(0m, row.DaysInStage);
            Assert.Equal(Seller, row.MovedBy);
            Assert.Equal(ProspectingMotion.Inbound, row.Motion);
            Assert.Equal("SEO guide", row.Campaign);
            Assert.Equal(50m, row.Mrr);
            Assert.Equal("Created at Prospect", row.Title);
        }

        [Fact]
        public void Decide_CreateAtProspect_DoesNotOverwriteStage()
        {
            var decision = CreateSut().Decide(Create(BowtieStage.Prospect));

            Assert.Equal(DecisionOutcome.Allowed, decision.Outcome);
            Assert.Null(decision.Stamps.Stage);
        }

        [Fact]
        public void Decide_CreateAtSqlWithReason_RecordsEarlierStagesAsSkipped()
        {
            var decision = CreateSut().Decide(Create(BowtieStage.Sql, "Imported from the old CRM"));

            Assert.Equal(DecisionOutcome.Allowed, decision.Outcome);
            Assert.Equal(
                new[] { "Created at Prospect", "Prospect → MQL (skip)", "MQL → SQL (skip)" },
                decision.Transitions.Select(t => t.Title));
            Assert.All(decision.Transitions, t => Assert.Equal(0m, t.DaysInStage));
            Assert.All(decision.Transitions, t => Assert.Equal("Imported from the old CRM", t.Reason));
            Assert.Equal(new[] { BowtieStage.Prospect, BowtieStage.Mql, BowtieStage.Sql }, decision.Stamps.FirstEntered.Keys.OrderBy(s => s).ToArray()); // arrays on both sides: on Mono xunit sees an enum array as Int32 items
            Assert.True(decision.Stamps.ClearReason);
        }

        [Fact]
        public void Decide_CreateAtSqlWithoutReason_RefusedNamingSkippedStages()
        {
            AssertRefused(CreateSut().Decide(Create(BowtieStage.Sql)), "starts at Prospect", "Prospect and MQL", "Move reason");
        }

        [Fact]
        public void Decide_CreateAtLaterStageWhenConfigForbids_Refused()
        {
            AssertRefused(CreateSut("{\"allowLaterStageOnCreate\": false}").Decide(Create(BowtieStage.Commit, "import")), "starts at Prospect");
        }

        [Fact]
        public void Decide_CreateInactive_Refused()
        {
            var change = JourneyChange.Create(new JourneyState(BowtieStage.Prospect, BowtieExit.NotAFit), "x", Start, Seller);

            AssertRefused(CreateSut().Decide(change), "starts active");
        }

        [Fact]
        public void Decide_ForwardFromProspect_AllowedWithNoCriteria()
        {
            var before = At(BowtieStage.Prospect);

            var decision = CreateSut().Decide(Move(before, before.With(BowtieStage.Mql), days: 2.5));

            var row = Assert.Single(decision.Transitions);
            Assert.Equal(TransitionKind.Forward, row.Kind);
            Assert.Equal(BowtieStage.Prospect, row.From);
            Assert.Equal(BowtieStage.Mql, row.To);
            Assert.Equal(2.5m, row.DaysInStage);
            Assert.Equal(Start.AddDays(2.5), row.MovedOn);
            Assert.Equal(Start.AddDays(2.5), decision.Stamps.StageEnteredOn);
            Assert.Equal(new[] { BowtieStage.Mql }, decision.Stamps.FirstEntered.Keys.ToArray()); // arrays on both sides: on Mono xunit sees an enum array as Int32 items
            Assert.False(decision.Stamps.ClearReason);
        }

        [Fact]
        public void Decide_CommitWithoutTrade_RefusedNamingTrade()
        {
            var before = At(BowtieStage.Sql, BowtieTask.Discovery, BowtieTask.Demo);

            AssertRefused(CreateSut().Decide(Move(before, before.With(BowtieStage.Commit))), "Selling", "Trade done", "Mark it done");
        }

        [Fact]
        public void Decide_CommitWithTradeTickedInSameSave_Allowed()
        {
            var before = At(BowtieStage.Sql);

            var decision = CreateSut().Decide(Move(before, before.With(BowtieStage.Commit, done: BowtieTask.Trade)));

            Assert.Equal(TransitionKind.Forward, Assert.Single(decision.Transitions).Kind);
        }

        [Fact]
        public void Decide_SqlWithoutProspectingTask_RefusedNamingEachOption()
        {
            var before = At(BowtieStage.Mql);

            AssertRefused(CreateSut().Decide(Move(before, before.With(BowtieStage.Sql))), "one of Outbound, Inbound or Target done", "one of them");
        }

        [Theory]
        [InlineData(BowtieStage.Mql, BowtieTask.Target)]
        [InlineData(BowtieStage.Commit, BowtieTask.Onboarding)]
        [InlineData(BowtieStage.Live, BowtieTask.Usage)]
        [InlineData(BowtieStage.Recurring, BowtieTask.CrossSell)]
        public void Decide_ForwardWithCriterionMet_Allowed(BowtieStage from, BowtieTask task)
        {
            var before = At(from, task);

            var decision = CreateSut().Decide(Move(before, before.With(BowtieModel.Next(from))));

            Assert.Equal(DecisionOutcome.Allowed, decision.Outcome);
        }

        [Fact]
        public void Decide_ConfiguredCriterion_ReplacesDefault()
        {
            var sut = CreateSut("{\"exitCriteria\": {\"Selling\": {\"allOf\": [\"Propose\", \"Trade\"]}, \"Prospecting\": {}}}");
            var sql = At(BowtieStage.Sql, BowtieTask.Trade);
            var mql = At(BowtieStage.Mql);

            AssertRefused(sut.Decide(Move(sql, sql.With(BowtieStage.Commit))), "Propose and Trade done");
            Assert.Equal(DecisionOutcome.Allowed, sut.Decide(Move(mql, mql.With(BowtieStage.Sql))).Outcome);
        }

        [Fact]
        public void Decide_SkipByDefault_RefusedNamingMissingStages()
        {
            var before = At(BowtieStage.Mql);

            AssertRefused(CreateSut().Decide(Move(before, before.With(BowtieStage.Live), "fast track")), "one stage at a time", "skip SQL and Commit", "Move it to SQL first");
        }

        [Fact]
        public void Decide_SkipAllowedWithoutReason_RefusedAskingForReason()
        {
            var before = At(BowtieStage.Mql);

            AssertRefused(CreateSut("{\"allowSkip\": true}").Decide(Move(before, before.With(BowtieStage.Commit))), "skips SQL", "give a reason");
        }

        [Fact]
        public void Decide_SkipAllowedWithReason_StampsSkippedStagesWithZeroTime()
        {
            var before = At(BowtieStage.Mql);

            var decision = CreateSut("{\"allowSkip\": true}").Decide(Move(before, before.With(BowtieStage.Live), " Signed at the event ", days: 4));

            Assert.Equal(new[] { "MQL → SQL (skip)", "SQL → Commit (skip)", "Commit → Live (skip)" }, decision.Transitions.Select(t => t.Title));
            Assert.Equal(new[] { 4m, 0m, 0m }, decision.Transitions.Select(t => t.DaysInStage));
            Assert.All(decision.Transitions, t => Assert.Equal("Signed at the event", t.Reason));
            Assert.Equal(new[] { BowtieStage.Sql, BowtieStage.Commit, BowtieStage.Live }, decision.Stamps.FirstEntered.Keys.OrderBy(s => s).ToArray()); // arrays on both sides: on Mono xunit sees an enum array as Int32 items
            Assert.True(decision.Stamps.ClearReason);
        }

        [Theory]
        [InlineData(BowtieStage.Mql)]
        [InlineData(BowtieStage.Sql)]
        public void Decide_RecycleToProspectWithReason_Allowed(BowtieStage from)
        {
            var before = At(from);

            var decision = CreateSut().Decide(Move(before, before.With(BowtieStage.Prospect), "Budget next year"));

            var row = Assert.Single(decision.Transitions);
            Assert.Equal(TransitionKind.Recycle, row.Kind);
            Assert.Equal(BowtieStage.Prospect, row.To);
            Assert.Empty(decision.Stamps.FirstEntered);
        }

        [Fact]
        public void Decide_RecycleWithoutReason_RefusedAskingForReason()
        {
            var before = At(BowtieStage.Sql);

            AssertRefused(CreateSut().Decide(Move(before, before.With(BowtieStage.Prospect), "   ")), "recycle this SQL", "Move reason");
        }

        [Fact]
        public void Decide_RecycleWhenConfigForbids_Refused()
        {
            var before = At(BowtieStage.Mql);

            AssertRefused(CreateSut("{\"allowRecycle\": false}").Decide(Move(before, before.With(BowtieStage.Prospect), "why")), "Not a fit");
        }

        [Fact]
        public void Decide_SqlBackToMql_RefusedSuggestingRecycle()
        {
            var before = At(BowtieStage.Sql);

            AssertRefused(CreateSut().Decide(Move(before, before.With(BowtieStage.Mql), "why")), "doesn't go back", "recycle it to Prospect");
        }

        [Theory]
        [InlineData(BowtieStage.Commit, BowtieStage.Sql)]
        [InlineData(BowtieStage.Live, BowtieStage.Prospect)]
        [InlineData(BowtieStage.Ltv, BowtieStage.Recurring)]
        public void Decide_CommittedCustomerBack_RefusedSuggestingOffBoard(BowtieStage from, BowtieStage to)
        {
            var before = At(from);

            AssertRefused(CreateSut().Decide(Move(before, before.With(to), "why")), "stays committed", "off-board");
        }

        [Fact]
        public void Decide_SameStage_NoOp()
        {
            var before = At(BowtieStage.Commit);

            var decision = CreateSut().Decide(Move(before, before.With(BowtieStage.Commit), "why"));

            Assert.Equal(DecisionOutcome.NoOp, decision.Outcome);
            Assert.Empty(decision.Transitions);
            Assert.Same(JourneyStamps.None, decision.Stamps);
        }

        [Fact]
        public void Decide_ClearedStage_Refused()
        {
            var before = At(BowtieStage.Sql);

            AssertRefused(CreateSut().Decide(Move(before, before.With(clearStage: true))), "always has a stage", "Off-boarded");
        }

        [Fact]
        public void Decide_OffBoardCustomerWithReason_RecordsExit()
        {
            var before = At(BowtieStage.Live);

            var decision = CreateSut().Decide(Move(before, before.With(exit: BowtieExit.OffBoarded), "Moved to an in-house tool", days: 10));

            var row = Assert.Single(decision.Transitions);
            Assert.Equal(TransitionKind.Exit, row.Kind);
            Assert.Equal(BowtieStage.Live, row.From);
            Assert.Null(row.To);
            Assert.Equal(BowtieExit.OffBoarded, row.Exit);
            Assert.Equal(10m, row.DaysInStage);
            Assert.Equal("Live → Off-boarded", row.Title);
            Assert.True(decision.Stamps.ClearReason);
        }

        [Fact]
        public void Decide_ExitWithoutReason_Refused()
        {
            var before = At(BowtieStage.Live);

            AssertRefused(CreateSut().Decide(Move(before, before.With(exit: BowtieExit.OffBoarded))), "off-board this customer", "Move reason");
        }

        [Fact]
        public void Decide_OffBoardBeforeCommit_RefusedSuggestingNotAFit()
        {
            var before = At(BowtieStage.Sql);

            AssertRefused(CreateSut().Decide(Move(before, before.With(exit: BowtieExit.OffBoarded), "why")), "hasn't committed", "Not a fit");
        }

        [Fact]
        public void Decide_NotAFitAfterCommit_RefusedSuggestingOffBoard()
        {
            var before = At(BowtieStage.Commit);

            AssertRefused(CreateSut().Decide(Move(before, before.With(exit: BowtieExit.NotAFit), "why")), "Off-boarded");
        }

        [Fact]
        public void Decide_ExitAndMoveInOneSave_Refused()
        {
            var before = At(BowtieStage.Sql);

            AssertRefused(CreateSut().Decide(Move(before, before.With(BowtieStage.Prospect, BowtieExit.NotAFit), "why")), "one step at a time");
        }

        [Fact]
        public void Decide_MoveWhileExited_RefusedAsFrozen()
        {
            var before = At(BowtieStage.Mql).With(exit: BowtieExit.NotAFit);

            AssertRefused(CreateSut().Decide(Move(before, before.With(BowtieStage.Sql, done: BowtieTask.Inbound))), "Not a fit", "frozen", "Reactivate it first");
        }

        [Fact]
        public void Decide_SaveExitedJourneyUnchanged_NoOp()
        {
            var before = At(BowtieStage.Mql).With(exit: BowtieExit.NotAFit);

            Assert.Equal(DecisionOutcome.NoOp, CreateSut().Decide(Move(before, before)).Outcome);
        }

        [Fact]
        public void Decide_Reactivate_RecordsReactivationAtSameStage()
        {
            var before = At(BowtieStage.Live).With(exit: BowtieExit.OffBoarded);

            var decision = CreateSut().Decide(Move(before, before.With(active: true), days: 30));

            var row = Assert.Single(decision.Transitions);
            Assert.Equal(TransitionKind.Reactivation, row.Kind);
            Assert.Null(row.From);
            Assert.Equal(BowtieStage.Live, row.To);
            Assert.Equal(BowtieExit.OffBoarded, row.Exit);
            Assert.Equal(30m, row.DaysInStage);
            Assert.Equal(Start.AddDays(30), decision.Stamps.StageEnteredOn);
        }

        [Fact]
        public void Decide_ReactivateAtAnotherStage_Refused()
        {
            var before = At(BowtieStage.Sql).With(exit: BowtieExit.NotAFit);

            AssertRefused(CreateSut().Decide(Move(before, before.With(BowtieStage.Commit, active: true, done: BowtieTask.Trade))), "stage it left (SQL)");
        }

        [Fact]
        public void Decide_ReactivateWithoutReasonWhenRequired_Refused()
        {
            var before = At(BowtieStage.Sql).With(exit: BowtieExit.NotAFit);

            AssertRefused(CreateSut("{\"requireReasonForReactivation\": true}").Decide(Move(before, before.With(active: true))), "reactivate");
        }

        [Fact]
        public void Decide_OperationTimeBeforeStageEntry_KeepsDatesMovingForward()
        {
            var before = At(BowtieStage.Prospect);

            var decision = CreateSut().Decide(Move(before, before.With(BowtieStage.Mql), days: -2));

            Assert.Equal(Start, decision.Stamps.StageEnteredOn);
            Assert.Equal(0m, Assert.Single(decision.Transitions).DaysInStage);
        }

        [Fact]
        public void Decide_ForwardAgainAfterRecycle_KeepsFirstEnteredDate()
        {
            var before = At(BowtieStage.Mql).With(BowtieStage.Prospect);

            var decision = CreateSut().Decide(Move(before, before.With(BowtieStage.Mql)));

            Assert.Equal(DecisionOutcome.Allowed, decision.Outcome);
            Assert.Empty(decision.Stamps.FirstEntered);
        }

        [Fact]
        public void Decide_ReasonOfOneMegabyte_RefusedWithLength()
        {
            var before = At(BowtieStage.Mql);

            AssertRefused(CreateSut().Decide(Move(before, before.With(BowtieStage.Prospect), new string('a', 1 << 20))), "1,048,576 characters", "2,000");
        }
    }
}
