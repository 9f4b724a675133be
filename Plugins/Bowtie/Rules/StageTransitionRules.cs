using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;

namespace DataverseFunnel.Plugins.Bowtie.Rules
{
    /// <summary>
    /// The transition rules of the bowtie, as one pure function from an attempted change to a decision:
    /// <list type="bullet">
    /// <item>a new journey starts at Prospect, or at a later stage with a reason (an import; earlier stages recorded as skipped);</item>
    /// <item>forward by exactly one stage when the process's exit criteria hold;</item>
    /// <item>skipping only when configuration allows it and a reason is given (skipped stages last zero days);</item>
    /// <item>no way back, except recycling an MQL or SQL to Prospect with a reason; a committed customer leaves by Off-board;</item>
    /// <item>an exited journey (Off-boarded, Not a fit) is frozen until reactivated, at the stage it left;</item>
    /// <item>the same stage again is a no-op.</item>
    /// </list>
    /// Stateless and thread-safe; time comes from the change (the operation time), never the clock.
    /// </summary>
    internal sealed class StageTransitionRules
    {
        private readonly BowtieOptions _options;

        public StageTransitionRules(BowtieOptions options) => _options = options;

        public TransitionDecision Decide(JourneyChange change)
        {
            if (change.Reason != null && change.Reason.Length > JourneyColumns.MoveReasonMaxLength)
            {
                return TransitionDecision.Refused(BowtieMessages.ReasonTooLong(change.Reason.Length));
            }

            var move = new Move(change);
            var before = change.Before;
            if (before == null || before.Stage == null)
            {
                return DecideStart(move);
            }

            return before.IsActive ? DecideActive(move, before, before.Stage.Value) : DecideExited(move, before, before.Stage.Value);
        }

        private TransitionDecision DecideStart(Move move)
        {
            var after = move.Change.After;
            if (!after.IsActive)
            {
                return TransitionDecision.Refused(BowtieMessages.CreateInactive());
            }

            var stage = after.Stage ?? BowtieStage.Prospect;
            if (stage != BowtieStage.Prospect)
            {
                if (!_options.AllowLaterStageOnCreate)
                {
                    return TransitionDecision.Refused(BowtieMessages.CreateLaterStageNotAllowed(stage));
                }

                if (move.Reason == null)
                {
                    return TransitionDecision.Refused(BowtieMessages.CreateLaterStageNeedsReason(stage));
                }
            }

            move.Record(TransitionKind.Created, null, BowtieStage.Prospect, 0m);
            move.Enter(BowtieStage.Prospect);
            foreach (var skipped in BowtieModel.Stages.Where(s => s.Position < BowtieModel.Position(stage)))
            {
                var next = BowtieModel.Next(skipped.Stage)!.Value;
                move.Record(TransitionKind.Skip, skipped.Stage, next, 0m);
                move.Enter(next);
            }

            return move.Allow(after.Stage == null ? BowtieStage.Prospect : (BowtieStage?)null);
        }

        private TransitionDecision DecideExited(Move move, JourneyState before, BowtieStage stage)
        {
            var after = move.Change.After;
            if (!after.IsActive)
            {
                return after.Stage == stage && after.Exit == before.Exit
                    ? TransitionDecision.NoOp
                    : TransitionDecision.Refused(BowtieMessages.Frozen(before.Exit!.Value));
            }

            if (after.Stage != stage)
            {
                return TransitionDecision.Refused(BowtieMessages.ReactivateAtSameStage(stage));
            }

            if (_options.RequireReasonForReactivation && move.Reason == null)
            {
                return TransitionDecision.Refused(BowtieMessages.ReactivationNeedsReason());
            }

            move.Record(TransitionKind.Reactivation, null, stage, move.DaysSince(before.StageEnteredOn), before.Exit);
            return move.Allow(null);
        }

        private TransitionDecision DecideActive(Move move, JourneyState before, BowtieStage from)
        {
            var after = move.Change.After;
            if (!after.IsActive)
            {
                return DecideExit(move, before, from, after.Exit!.Value);
            }

            if (after.Stage == null)
            {
                return TransitionDecision.Refused(BowtieMessages.StageCleared());
            }

            var to = after.Stage.Value;
            var distance = BowtieModel.Position(to) - BowtieModel.Position(from);
            if (distance == 0)
            {
                return TransitionDecision.NoOp;
            }

            if (distance == 1)
            {
                var process = BowtieModel.ProcessLeaving(from)!;
                var criterion = _options.CriterionFor(process);
                if (!criterion.IsMetBy(after.DoneTasks))
                {
                    return TransitionDecision.Refused(BowtieMessages.ExitCriteriaNotMet(process, criterion));
                }

                move.Record(TransitionKind.Forward, from, to, move.DaysSince(before.StageEnteredOn));
                move.Enter(to);
                return move.Allow(null);
            }

            return distance > 1 ? DecideSkip(move, before, from, to) : DecideBack(move, before, from, to);
        }

        private TransitionDecision DecideSkip(Move move, JourneyState before, BowtieStage from, BowtieStage to)
        {
            if (!_options.AllowSkip)
            {
                return TransitionDecision.Refused(BowtieMessages.SkipBlocked(from, to));
            }

            if (move.Reason == null)
            {
                return TransitionDecision.Refused(BowtieMessages.SkipNeedsReason(from, to));
            }

            var days = move.DaysSince(before.StageEnteredOn);
            for (var stage = from; stage != to; stage = BowtieModel.Next(stage)!.Value)
            {
                var next = BowtieModel.Next(stage)!.Value;
                move.Record(TransitionKind.Skip, stage, next, days);
                move.Enter(next);
                days = 0m;
            }

            return move.Allow(null);
        }

        private TransitionDecision DecideBack(Move move, JourneyState before, BowtieStage from, BowtieStage to)
        {
            var recyclable = to == BowtieStage.Prospect && (from == BowtieStage.Mql || from == BowtieStage.Sql);
            if (!recyclable)
            {
                return TransitionDecision.Refused(BowtieModel.IsCommitted(from)
                    ? BowtieMessages.CommittedStaysCommitted(from, to)
                    : BowtieMessages.BackBlocked(from, to));
            }

            if (!_options.AllowRecycle)
            {
                return TransitionDecision.Refused(BowtieMessages.RecycleNotAllowed(from));
            }

            if (move.Reason == null)
            {
                return TransitionDecision.Refused(BowtieMessages.RecycleNeedsReason(from));
            }

            move.Record(TransitionKind.Recycle, from, to, move.DaysSince(before.StageEnteredOn));
            move.Enter(to);
            return move.Allow(null);
        }

        private static TransitionDecision DecideExit(Move move, JourneyState before, BowtieStage from, BowtieExit exit)
        {
            if (move.Change.After.Stage != from)
            {
                return TransitionDecision.Refused(BowtieMessages.ExitAndMoveTogether());
            }

            if (!BowtieModel.Exit(exit).FromStages.Contains(from))
            {
                return TransitionDecision.Refused(BowtieMessages.ExitNotForStage(exit, from));
            }

            if (move.Reason == null)
            {
                return TransitionDecision.Refused(BowtieMessages.ExitNeedsReason(exit));
            }

            move.Record(TransitionKind.Exit, from, null, move.DaysSince(before.StageEnteredOn), exit);
            return move.Allow(null);
        }

        /// <summary>Collects the rows and stamps of one allowed move; discarded when the move is refused.</summary>
        private sealed class Move
        {
            private readonly List<TransitionRecord> _rows = new List<TransitionRecord>();
            private readonly Dictionary<BowtieStage, DateTime> _firstEntered = new Dictionary<BowtieStage, DateTime>();

            public Move(JourneyChange change)
            {
                Change = change;
                Reason = string.IsNullOrWhiteSpace(change.Reason) ? null : change.Reason!.Trim();

                // Entered dates never go backwards, even if the operation time is earlier than the last recorded entry.
                var last = change.Before?.StageEnteredOn;
                At = last.HasValue && last.Value > change.At ? last.Value : change.At;
            }

            public JourneyChange Change { get; }

            public string? Reason { get; }

            public DateTime At { get; }

            public decimal DaysSince(DateTime? enteredOn)
            {
                if (!enteredOn.HasValue || enteredOn.Value >= At)
                {
                    return 0m;
                }

                return Math.Round((decimal)(At - enteredOn.Value).TotalDays, 4);
            }

            public void Record(TransitionKind kind, BowtieStage? from, BowtieStage? to, decimal days, BowtieExit? exit = null)
            {
                var after = Change.After;
                _rows.Add(new TransitionRecord(kind, from, to, exit, At, Change.By, Reason, days, after.Motion, after.Campaign, after.Mrr));
            }

            public void Enter(BowtieStage stage)
            {
                var known = Change.Before?.FirstEntered;
                if (known == null || !known.ContainsKey(stage))
                {
                    _firstEntered[stage] = At;
                }
            }

            public TransitionDecision Allow(BowtieStage? stageToSet) =>
                TransitionDecision.Allowed(new JourneyStamps(stageToSet, At, _firstEntered, Change.Reason != null), _rows);
        }
    }
}
