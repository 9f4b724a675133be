using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// The metrics engine: feed it every move (in file order; each journey's moves in time order), then
    /// <see cref="Build"/>. A move that cannot be counted without a wrong number is rejected with its line — thrown, or
    /// skipped and counted when <see cref="MetricsOptions.Lenient"/>. A rejected move changes nothing.
    /// </summary>
    public sealed class MetricsBuilder
    {
        // Targets of a move in one small int: stages 0..6, then the two exits.
        internal const int NoStage = -1;
        internal const int OffBoardedTarget = BowtieVocabulary.StageCount + (int)BowtieExit.OffBoarded - BowtieModel.OptionValuePrefix;
        internal const int NotAFitTarget = BowtieVocabulary.StageCount + (int)BowtieExit.NotAFit - BowtieModel.OptionValuePrefix;

        private readonly MetricsOptions options;
        private readonly long asOfLimitTicks;
        private readonly JourneyIndex journeyIndex = new();
        private readonly LabelTable motions = new();
        private readonly LabelTable campaigns = new();
        private readonly List<RevenueEvent> revenueEvents = new();
        private JourneyState[] journeys = new JourneyState[1024];
        private long transitions;
        private long skipped;
        private long lastTicks;

        public MetricsBuilder(MetricsOptions? options = null)
        {
            this.options = options ?? new MetricsOptions();
            asOfLimitTicks = this.options.To is { } to ? ToUtc(to.AddDays(1)).Ticks - 1 : long.MaxValue;
        }

        /// <summary>Adds a move that did not come from a file (errors carry no line number).</summary>
        public void Add(in StageMove move) => Add(move, 0);

        /// <summary>Adds a move; <paramref name="line"/> is named in the error if the move is rejected.</summary>
        public void Add(in StageMove move, int line)
        {
            if (string.IsNullOrWhiteSpace(move.JourneyId))
            {
                Reject(line, "the move has no journey id.");
                return;
            }

            if ((move.To is null) == (move.Exit is null))
            {
                Reject(line, $"journey {move.JourneyId}: a move goes either into a stage or out of the bowtie (an exit), exactly one of the two.");
                return;
            }

            var target = move.To is { } to ? BowtieModel.Position(to) : BowtieVocabulary.StageCount + move.Exit!.Value.Position();
            var utc = move.MovedOnUtc.Kind == DateTimeKind.Local ? move.MovedOnUtc.ToUniversalTime() : move.MovedOnUtc;
            Add(move.JourneyId, move.From is { } from ? BowtieModel.Position(from) : NoStage, target, utc.Ticks,
                move.Motion, move.Campaign, move.Mrr, line);
        }

        /// <summary>Counts a row the reader could not parse; throws unless lenient.</summary>
        internal void Reject(int line, string problem)
        {
            if (!options.Lenient)
            {
                throw new MetricsInputException(line, problem);
            }

            skipped++;
        }

        /// <summary>The allocation-free path; <paramref name="target"/> is a stage index or an exit code.</summary>
        internal void Add(ReadOnlySpan<char> journeyId, int from, int target, long ticks,
            ReadOnlySpan<char> motion, ReadOnlySpan<char> campaign, decimal mrr, int line) =>
            Add(journeyId, JourneyKey.Of(journeyId), from, target, ticks, motion, campaign, mrr, line);

        /// <summary>The CSV reader's path: <paramref name="key"/> (<see cref="JourneyKey.Of"/> the id) is parsed by its parsing thread.</summary>
        internal void Add(ReadOnlySpan<char> journeyId, in JourneyKey key, int from, int target, long ticks,
            ReadOnlySpan<char> motion, ReadOnlySpan<char> campaign, decimal mrr, int line)
        {
            if (mrr < 0)
            {
                Reject(line, $"journey {journeyId}: MRR {mrr.ToString(CultureInfo.InvariantCulture)} is negative; MRR is 0 or more.");
                return;
            }

            if (target >= BowtieVocabulary.StageCount && from == NoStage)
            {
                Reject(line, $"journey {journeyId}: an exit must name the stage the journey leaves (from_stage).");
                return;
            }

            if (ticks > asOfLimitTicks)
            {
                return; // after the window: not wrong, just not counted
            }

            var isNew = !journeyIndex.TryFind(journeyId, key, out var index);
            if (isNew)
            {
                if (from != NoStage)
                {
                    Reject(line, $"journey {journeyId} first moves from {StageName(from)}, but no earlier row creates it (a creation row has an empty from_stage).");
                    return;
                }
            }
            else if (Problem(ref journeys[index], journeyId, from, target, ticks) is { } problem)
            {
                Reject(line, problem);
                return;
            }

            if (isNew)
            {
                index = NewJourney(journeyId, key, ticks);
            }

            Apply(ref journeys[index], index, from, target, ticks, motion, campaign, mrr, line);
        }

        private static string? Problem(ref JourneyState state, ReadOnlySpan<char> journeyId, int from, int target, long ticks)
        {
            if (ticks < state.LastTicks)
            {
                return $"journey {journeyId} moves on {Format(ticks)}, before its previous move on line {state.LastLine} ({Format(state.LastTicks)}); a journey's moves must be in time order.";
            }

            if (ticks == state.LastTicks && from == state.LastFrom && target == state.LastTo)
            {
                return $"journey {journeyId}: duplicate of line {state.LastLine} (the same move at the same time).";
            }

            if (state.Current == JourneyState.Left)
            {
                return target >= BowtieVocabulary.StageCount
                    ? $"journey {journeyId} leaves the bowtie again, but it already left (line {state.LastLine})."
                    : null; // a reactivation: it re-enters from wherever it left
            }

            if (from == NoStage)
            {
                return $"journey {journeyId} is created again while it is at {StageName(state.Current)} (line {state.LastLine}).";
            }

            return from != state.Current
                ? $"journey {journeyId} moves from {StageName(from)}, but it is at {StageName(state.Current)} since line {state.LastLine}."
                : null;
        }

        private int NewJourney(ReadOnlySpan<char> journeyId, in JourneyKey key, long ticks)
        {
            var index = journeyIndex.Add(journeyId, key);
            if (index == journeys.Length)
            {
                Array.Resize(ref journeys, journeys.Length * 2);
            }

            journeys[index] = new JourneyState
            {
                CohortTicks = ticks, Current = (sbyte)NoStage, Furthest = (sbyte)NoStage, LastFrom = sbyte.MinValue,
            };
            return index;
        }

        private void Apply(ref JourneyState state, int index, int from, int target, long ticks,
            ReadOnlySpan<char> motion, ReadOnlySpan<char> campaign, decimal mrr, int line)
        {
            var movedFrom = from;
            var recurringBefore = state.RecurringMrr;
            if (from >= 0 && target > from && ticks == state.LastTicks && state.LastTo == from
                && state.FirstEntered[from] == ticks)
            {
                // Entered and left in the same instant: passed through, as the plugin records a skip (one row per stage
                // passed, all at the same time). The stage stays reached, but was never really entered, so no days.
                state.FirstEntered[from] = 0;
                state.SteppedInto &= (byte)~(1 << from);
                from = NoStage;
            }

            if (target < BowtieVocabulary.StageCount)
            {
                if (state.FirstEntered[target] == 0)
                {
                    state.FirstEntered[target] = ticks;
                    if (from == target - 1 && from != NoStage)
                    {
                        state.SteppedInto |= (byte)(1 << target);
                    }
                }

                state.Current = (sbyte)target;
                state.Furthest = Math.Max(state.Furthest, (sbyte)target);
            }
            else
            {
                state.Current = JourneyState.Left;
            }

            var motionId = motions.Intern(motion);
            if (motionId != 0)
            {
                state.Motion = motionId;
            }

            var campaignId = campaigns.Intern(campaign);
            if (campaignId != 0)
            {
                state.Campaign = campaignId;
            }

            state.Mrr = mrr;
            state.LastTicks = ticks;
            state.LastLine = line;
            state.LastFrom = (sbyte)movedFrom;
            state.LastTo = (sbyte)target;
            transitions++;
            lastTicks = Math.Max(lastTicks, ticks);

            var offBoarded = target == OffBoardedTarget;
            if (offBoarded || state.RecurringMrr != recurringBefore)
            {
                revenueEvents.Add(new RevenueEvent(index, ticks, state.RecurringMrr, offBoarded ? recurringBefore : 0m, offBoarded));
            }
        }

        /// <summary>Computes every figure from the moves added so far.</summary>
        public BowtieMetrics Build()
        {
            var count = journeyIndex.Count;
            DateTime? asOf = options.To is { } to ? ToUtc(to.AddDays(1))
                : transitions > 0 ? new DateTime(lastTicks, DateTimeKind.Utc) : null;
            DateTime? retentionFrom = options.From is { } from ? ToUtc(from) : asOf?.AddMonths(-12);
            var fromTicks = options.From is { } f ? ToUtc(f).Ticks : long.MinValue;
            // The revenue figures read only the revenue events; the cohort figures only the journeys: compute both at once.
            var recurringTask = Task.Run(() => asOf is { } end && retentionFrom is { } start
                ? RevenueCalculator.Compute(revenueEvents, count, start.Ticks, end.Ticks)
                : new RecurringMetrics(0m, 0m, null, null, 0m, 0, 0m));
            var cohort = new CohortCalculator(journeys, count, motions, campaigns, fromTicks, asOfLimitTicks);
            var recurring = recurringTask.GetAwaiter().GetResult();
            var window = new MetricsWindow(options.From is { } day0 ? ToUtc(day0) : null, options.To is { } day1 ? ToUtc(day1) : null, asOf, retentionFrom, cohort.Journeys, transitions, skipped);
            var weakest = WeakestLinkFinder.Find(cohort.Stages, cohort.ByMotion, cohort.ByCampaign, options.Targets);
            return new BowtieMetrics(window, cohort.Stages, cohort.ByMotion, cohort.ByCampaign, recurring, weakest);
        }

        private static DateTime ToUtc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        private static string StageName(int stage) => (BowtieVocabulary.StageAt(stage)).Name();

        private static string Format(long ticks) =>
            new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
