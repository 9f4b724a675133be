using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Revenue;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// The metrics of a cohort window from one row per journey created in it (its first-entered stamps, motion,
    /// campaign: <see cref="StampedJourney"/>) plus the moves that can change recurring MRR (into Live or later, an
    /// exit from Live or later, an off-board) of any journey up to the as-of instant — what a plugin can read in a few
    /// pages. Same definitions as the CLI's engine (<see cref="StageTally"/>, <see cref="RevenueCalculator"/>,
    /// <see cref="WeakestLinkFinder"/>); the window is <c>funnel metrics --from/--to</c>'s. The moves are not counted one
    /// by one, so the window's transitions figure is null.
    /// </summary>
    public sealed class JourneyRowMetrics
    {
        private const int Left = -1;
        private static readonly int FirstRecurring = BowtieModel.Position(LifetimeValue.FirstRecurringStage);

        private readonly JourneyFilter filter;
        private readonly ConversionTargets targets;
        private readonly StageTally total = new StageTally();
        private readonly Dictionary<string, StageTally> byMotion = new Dictionary<string, StageTally>(StringComparer.Ordinal);
        private readonly Dictionary<string, StageTally> byCampaign = new Dictionary<string, StageTally>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> revenueIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<RevenueJourney> revenueJourneys = new List<RevenueJourney>();
        private readonly List<RevenueEvent> events = new List<RevenueEvent>();
        private long journeys;

        /// <param name="from">First day (UTC) of the cohort window.</param>
        /// <param name="to">Last day (UTC, inclusive) of the cohort window; the as-of instant is the next midnight.</param>
        public JourneyRowMetrics(DateTime from, DateTime to, JourneyFilter filter, ConversionTargets targets)
        {
            From = DateTime.SpecifyKind(from.Date, DateTimeKind.Utc);
            To = DateTime.SpecifyKind(to.Date, DateTimeKind.Utc);
            if (To < From)
            {
                throw new ArgumentException("The window ends (" + MetricsDocument.Day(To) + ") before it starts (" + MetricsDocument.Day(From) + ").");
            }

            this.filter = filter;
            this.targets = targets;
        }

        public DateTime From { get; }

        public DateTime To { get; }

        /// <summary>The as-of instant: midnight after the window's last day. Moves and stamps from it on are not counted.</summary>
        public DateTime AsOf => To.AddDays(1);

        /// <summary>The last tick counted.</summary>
        public long AsOfLimitTicks => AsOf.Ticks - 1;

        /// <summary>A journey created in the window (its Prospect stamp in From … the as-of limit); one not matching the filter is ignored.</summary>
        public void AddJourney(DateTime?[] firstEntered, string? motion, string? campaign)
        {
            var motionLabel = JourneyFilter.Label(motion);
            var campaignLabel = JourneyFilter.Label(campaign);
            var cohort = firstEntered[0] is { } created ? created.Ticks : 0;
            if (cohort < From.Ticks || cohort > AsOfLimitTicks || !filter.Matches(motionLabel, campaignLabel))
            {
                return;
            }

            var journey = new StampedJourney(firstEntered, AsOfLimitTicks);
            journeys++;
            total.Add(ref journey);
            Tally(byMotion, motionLabel).Add(ref journey);
            Tally(byCampaign, campaignLabel).Add(ref journey);
        }

        /// <summary>
        /// A move that may change recurring MRR, of any journey, in time order per journey (moves of one instant in the
        /// order they were saved). <paramref name="toStage"/> is the stage entered (model position), null for an exit.
        /// </summary>
        public void AddMove(string journeyId, DateTime movedOn, int? toStage, BowtieExit? exit, decimal mrr, string? motion, string? campaign)
        {
            var ticks = (movedOn.Kind == DateTimeKind.Local ? movedOn.ToUniversalTime() : movedOn).Ticks;
            if (ticks > AsOfLimitTicks)
            {
                return;
            }

            if (!revenueIndex.TryGetValue(journeyId, out var index))
            {
                index = revenueJourneys.Count;
                revenueIndex.Add(journeyId, index);
                revenueJourneys.Add(new RevenueJourney());
            }

            var state = revenueJourneys[index];
            var before = state.Recurring;
            state.Current = toStage ?? Left;
            state.Mrr = mrr;
            if (!string.IsNullOrWhiteSpace(motion))
            {
                state.Motion = motion!.Trim();
            }

            if (!string.IsNullOrWhiteSpace(campaign))
            {
                state.Campaign = campaign!.Trim();
            }

            var offBoarded = toStage is null && exit == BowtieExit.OffBoarded;
            if (offBoarded || state.Recurring != before)
            {
                events.Add(new RevenueEvent(index, ticks, state.Recurring, offBoarded ? before : 0m, offBoarded));
            }
        }

        public BowtieMetrics Build()
        {
            var stages = total.ToStages();
            var motions = Breakdown.Of(byMotion, byMotion: true);
            var campaigns = Breakdown.Of(byCampaign, byMotion: false);
            var counted = filter.IsAll ? events : events.FindAll(e => filter.Matches(JourneyFilter.Label(revenueJourneys[e.Journey].Motion), JourneyFilter.Label(revenueJourneys[e.Journey].Campaign)));
            var recurring = RevenueCalculator.Compute(counted, revenueJourneys.Count, From.Ticks, AsOf.Ticks);
            var window = new MetricsWindow(From, To, AsOf, From, journeys, null, 0);
            return new BowtieMetrics(window, stages, motions, campaigns, recurring, WeakestLinkFinder.Find(stages, motions, campaigns, targets));
        }

        private static StageTally Tally(Dictionary<string, StageTally> groups, string label)
        {
            if (!groups.TryGetValue(label, out var tally))
            {
                tally = new StageTally();
                groups.Add(label, tally);
            }

            return tally;
        }

        /// <summary>What the revenue replay keeps per journey: where it is, its MRR, its last motion and campaign.</summary>
        private sealed class RevenueJourney
        {
            public int Current = Left;
            public decimal Mrr;
            public string? Motion;
            public string? Campaign;

            public decimal Recurring => Current >= FirstRecurring ? Mrr : 0m;
        }
    }
}
