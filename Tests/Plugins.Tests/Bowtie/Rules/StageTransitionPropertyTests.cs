using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Rules;

namespace DataverseFunnel.Plugins.Tests.Bowtie.Rules
{
    /// <summary>
    /// Random sequences of attempted moves, applied the way the plugin applies decisions, keep the invariants:
    /// the history is a valid path through the bowtie, entered dates never go backwards, a refused move leaves no trace.
    /// </summary>
    public class StageTransitionPropertyTests
    {
        /// <summary>One attempted save: a stage (7 = clear it), an exit or reactivation, a reason, a task ticked, time passing.</summary>
        private sealed class Attempt
        {
            public int Stage;
            public int Status; // 0 keep, 1 Off-boarded, 2 Not a fit, 3 reactivate
            public bool WithReason;
            public int TickTask; // 18 = none
            public double Days;

            public override string ToString() => $"stage {Stage} status {Status} reason {WithReason} tick {TickTask} +{Days:0.##}d";
        }

        private static readonly Gen<Attempt> AttemptGen = Gen.Select(Gen.Int[0, 7], Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 18], Gen.Double[-1, 20],
            (stage, status, reason, tick, days) => new Attempt { Stage = stage, Status = status, WithReason = reason, TickTask = tick, Days = days });

        private static readonly Gen<(bool AllowSkip, int CreateStage, bool CreateReason, Attempt[] Attempts)> ScenarioGen =
            Gen.Select(Gen.Bool, Gen.Int[-1, 6], Gen.Bool, AttemptGen.Array[1, 40]);

        [Fact]
        public void Decide_RandomAttempts_KeepHistoryValidAndDatesForward()
        {
            var seen = new int[7];
            ScenarioGen.Sample(scenario => Run(scenario.AllowSkip, scenario.CreateStage, scenario.CreateReason, scenario.Attempts, seen), iter: 2000);

            // The generator must reach every kind of move, or the property proves little.
            var corrections = (int)TransitionKind.Correction - BowtieModel.OptionValuePrefix;
            Assert.All(seen.Where((_, kind) => kind != corrections), count => Assert.True(count > 0));
        }

        private static void Run(bool allowSkip, int createStage, bool createReason, Attempt[] attempts, int[] seen)
        {
            var rules = new StageTransitionRules(BowtieOptionsReader.Read(allowSkip ? "{\"allowSkip\": true}" : null).Options!);
            var clock = Journeys.Start;
            var history = new List<TransitionRecord>();
            var requested = createStage < 0 ? (BowtieStage?)null : (BowtieStage)(BowtieModel.OptionValuePrefix + createStage);

            var created = rules.Decide(JourneyChange.Create(new JourneyState(requested), createReason ? "import" : null, clock, Journeys.Seller));
            AssertNoTraceIfRefused(created);
            if (created.IsRefused)
            {
                return;
            }

            var state = Apply(new JourneyState(requested), created, history, isCreate: true);
            foreach (var attempt in attempts)
            {
                clock = clock.AddDays(attempt.Days);
                var after = Requested(state, attempt);
                var decision = rules.Decide(JourneyChange.Update(state, after, attempt.WithReason ? "because" : null, clock, Journeys.Seller));
                AssertNoTraceIfRefused(decision);
                if (decision.IsRefused)
                {
                    continue;
                }

                var next = Apply(after, decision, history, isCreate: false);
                AssertDatesForward(state, next);
                state = next;
            }

            AssertValidPath(history, state);
            foreach (var row in history)
            {
                System.Threading.Interlocked.Increment(ref seen[(int)row.Kind - BowtieModel.OptionValuePrefix]);
            }
        }

        private static JourneyState Requested(JourneyState s, Attempt a)
        {
            var stage = a.Stage == 7 ? null : (BowtieStage?)(BowtieModel.OptionValuePrefix + a.Stage);
            var exit = a.Status switch { 0 => s.Exit, 1 => BowtieExit.OffBoarded, 2 => BowtieExit.NotAFit, _ => (BowtieExit?)null };
            var done = new HashSet<BowtieTask>(s.DoneTasks);
            if (a.TickTask < 18)
            {
                done.Add((BowtieTask)(BowtieModel.OptionValuePrefix + a.TickTask));
            }

            return new JourneyState(stage, exit, s.StageEnteredOn, s.FirstEntered, done, s.Motion, s.Campaign, s.Mrr);
        }

        /// <summary>What the plugin does with a decision: no-op saves as asked; allowed also stamps dates and writes rows.</summary>
        private static JourneyState Apply(JourneyState after, TransitionDecision decision, List<TransitionRecord> history, bool isCreate)
        {
            if (decision.Outcome == DecisionOutcome.NoOp)
            {
                return after;
            }

            history.AddRange(decision.Transitions);
            var first = new Dictionary<BowtieStage, DateTime>(after.FirstEntered.ToDictionary(p => p.Key, p => p.Value));
            foreach (var stamp in decision.Stamps.FirstEntered)
            {
                Assert.False(first.ContainsKey(stamp.Key), "a first-entered date is stamped once");
                first[stamp.Key] = stamp.Value;
            }

            Assert.True(isCreate || decision.Stamps.Stage == null);
            return new JourneyState(decision.Stamps.Stage ?? after.Stage, after.Exit, decision.Stamps.StageEnteredOn, first, after.DoneTasks);
        }

        private static void AssertNoTraceIfRefused(TransitionDecision decision)
        {
            if (decision.IsRefused)
            {
                Assert.Empty(decision.Transitions);
                Assert.Same(JourneyStamps.None, decision.Stamps);
                Assert.False(string.IsNullOrWhiteSpace(decision.Message));
            }
            else
            {
                Assert.Null(decision.Message);
            }
        }

        private static void AssertDatesForward(JourneyState before, JourneyState after)
        {
            Assert.True(after.StageEnteredOn >= before.StageEnteredOn, "stage entered date went backwards");
            foreach (var first in before.FirstEntered)
            {
                Assert.Equal(first.Value, after.FirstEntered[first.Key]);
            }
        }

        /// <summary>Walks the history: every row starts where the previous one ended, by a move the bowtie allows.</summary>
        private static void AssertValidPath(IReadOnlyList<TransitionRecord> history, JourneyState final)
        {
            BowtieStage? at = null;
            var active = true;
            var lastMoved = DateTime.MinValue;
            for (var i = 0; i < history.Count; i++)
            {
                var row = history[i];
                Assert.True(row.MovedOn >= lastMoved, "moved-on dates go forward");
                Assert.True(row.DaysInStage >= 0m);
                lastMoved = row.MovedOn;
                switch (row.Kind)
                {
                    case TransitionKind.Created:
                        Assert.Equal(0, i);
                        Assert.Null(row.From);
                        Assert.Equal(BowtieStage.Prospect, row.To);
                        break;
                    case TransitionKind.Forward:
                    case TransitionKind.Skip:
                        Assert.True(active);
                        Assert.Equal(at, row.From);
                        Assert.Equal(BowtieModel.Next(at!.Value), row.To);
                        break;
                    case TransitionKind.Recycle:
                        Assert.True(active);
                        Assert.Equal(at, row.From);
                        Assert.Contains(row.From!.Value, new[] { BowtieStage.Mql, BowtieStage.Sql });
                        Assert.Equal(BowtieStage.Prospect, row.To);
                        break;
                    case TransitionKind.Exit:
                        Assert.True(active);
                        Assert.Equal(at, row.From);
                        Assert.Null(row.To);
                        Assert.Contains(at!.Value, BowtieModel.Exit(row.Exit!.Value).FromStages);
                        active = false;
                        continue;
                    case TransitionKind.Reactivation:
                        Assert.False(active);
                        Assert.Equal(at, row.To);
                        active = true;
                        continue;
                    default:
                        throw new InvalidOperationException("unexpected kind " + row.Kind);
                }

                if (row.Kind == TransitionKind.Skip && i > 0 && history[i - 1].Kind == TransitionKind.Skip && history[i - 1].MovedOn == row.MovedOn)
                {
                    Assert.Equal(0m, row.DaysInStage);
                }

                at = row.To;
            }

            Assert.Equal(final.Stage, at);
            Assert.Equal(final.IsActive, active);
            foreach (var stage in BowtieModel.Stages)
            {
                Assert.Equal(history.Any(r => r.To == stage.Stage), final.FirstEntered.ContainsKey(stage.Stage));
            }
        }
    }
}
