using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// The left-to-right stage figures of one cohort (journeys whose first move falls in the window), overall and by
    /// motion and campaign. Never a period ratio: every figure follows the same journeys.
    /// </summary>
    internal sealed class CohortCalculator
    {
        private static readonly string[] KnownMotions = { "Inbound", "Outbound", "Target" };

        public CohortCalculator(ReadOnlySpan<JourneyState> journeys, LabelTable motions, LabelTable campaigns,
            long fromTicks, long toTicks)
        {
            var total = new StageAccumulator();
            var byMotion = new StageAccumulator?[motions.Count];
            var byCampaign = new StageAccumulator?[campaigns.Count];
            foreach (ref readonly var journey in journeys)
            {
                if (journey.CohortTicks < fromTicks || journey.CohortTicks > toTicks)
                {
                    continue;
                }

                Journeys++;
                total.Add(journey);
                (byMotion[journey.Motion] ??= new StageAccumulator()).Add(journey);
                (byCampaign[journey.Campaign] ??= new StageAccumulator()).Add(journey);
            }

            Stages = total.ToStages();
            ByMotion = Breakdown(byMotion, motions, MotionOrder);
            ByCampaign = Breakdown(byCampaign, campaigns, name => (0, name));
        }

        public long Journeys { get; }

        public IReadOnlyList<StageMetrics> Stages { get; }

        public IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> ByMotion { get; }

        public IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> ByCampaign { get; }

        // Inbound, Outbound, Target in framework order, then any other label alphabetically; "(none)" always last.
        private static (int, string) MotionOrder(string name)
        {
            var known = Array.FindIndex(KnownMotions, m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase));
            return (known >= 0 ? known : KnownMotions.Length, name);
        }

        private static IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> Breakdown(
            StageAccumulator?[] groups, LabelTable labels, Func<string, (int, string)> order)
        {
            var result = new Dictionary<string, IReadOnlyList<StageMetrics>>(StringComparer.Ordinal);
            var named = Enumerable.Range(1, groups.Length - 1)
                .Where(id => groups[id] is not null)
                .OrderBy(id => order(labels.NameOf(id)).Item1)
                .ThenBy(id => labels.NameOf(id), StringComparer.Ordinal);
            foreach (var id in named)
            {
                result.Add(labels.NameOf(id), groups[id]!.ToStages());
            }

            if (groups.Length > 0 && groups[0] is { } none)
            {
                result.Add(LabelTable.NoneLabel, none.ToStages());
            }

            return result;
        }

        /// <summary>Volumes and stage-to-stage durations of one group of journeys.</summary>
        private sealed class StageAccumulator
        {
            private readonly long[] volume = new long[BowtieVocabulary.StageCount];
            private readonly List<double>[] days = Enumerable.Range(0, BowtieVocabulary.StageCount - 1)
                .Select(_ => new List<double>()).ToArray();

            public void Add(in JourneyState journey)
            {
                for (var stage = 0; stage <= journey.Furthest; stage++)
                {
                    volume[stage]++;
                }

                for (var stage = 0; stage < BowtieVocabulary.StageCount - 1; stage++)
                {
                    var entered = journey.FirstEntered[stage];
                    if (entered != 0 && (journey.SteppedInto & (1 << (stage + 1))) != 0)
                    {
                        days[stage].Add((journey.FirstEntered[stage + 1] - entered) / (double)TimeSpan.TicksPerDay);
                    }
                }
            }

            public IReadOnlyList<StageMetrics> ToStages()
            {
                var stages = new StageMetrics[BowtieVocabulary.StageCount];
                for (var stage = 0; stage < stages.Length; stage++)
                {
                    var last = stage == stages.Length - 1;
                    double? conversion = last || volume[stage] == 0 ? null : volume[stage + 1] / (double)volume[stage];
                    var (median, p75) = last ? (null, null) : Percentile.MedianAndP75(days[stage]);
                    stages[stage] = new StageMetrics(BowtieVocabulary.StageAt(stage), volume[stage], conversion, median, p75);
                }

                return stages;
            }
        }
    }
}
