using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DataverseFunnel.Plugins.Bowtie.Metrics;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// The left-to-right stage figures of one cohort (journeys whose first move falls in the window), overall and by
    /// motion and campaign. Never a period ratio: every figure follows the same journeys.
    /// </summary>
    internal sealed class CohortCalculator
    {
        public CohortCalculator(JourneyState[] journeys, int count, LabelTable motions, LabelTable campaigns,
            long fromTicks, long toTicks)
        {
            var total = new StageTally();
            var byMotion = new StageTally?[motions.Count];
            var byCampaign = new StageTally?[campaigns.Count];
            for (var i = 0; i < count; i++)
            {
                ref var journey = ref journeys[i];
                if (journey.CohortTicks < fromTicks || journey.CohortTicks > toTicks)
                {
                    continue;
                }

                Journeys++;
                total.Add(ref journey);
                (byMotion[journey.Motion] ??= new StageTally()).Add(ref journey);
                (byCampaign[journey.Campaign] ??= new StageTally()).Add(ref journey);
            }

            // Sorting the days for the percentiles is most of the work; the three tallies share nothing, so sort them at once.
            var stages = Task.Run(total.ToStages);
            var motionGroups = Task.Run(() => Breakdown(byMotion, motions, byMotion: true));
            ByCampaign = Breakdown(byCampaign, campaigns, byMotion: false);
            Stages = stages.GetAwaiter().GetResult();
            ByMotion = motionGroups.GetAwaiter().GetResult();
        }

        public long Journeys { get; }

        public IReadOnlyList<StageMetrics> Stages { get; }

        public IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> ByMotion { get; }

        public IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> ByCampaign { get; }

        private static IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> Breakdown(
            StageTally?[] groups, LabelTable labels, bool byMotion) =>
            Plugins.Bowtie.Metrics.Breakdown.Of(
                Enumerable.Range(0, groups.Length).Where(id => groups[id] is not null)
                    .Select(id => new KeyValuePair<string, StageTally>(labels.NameOf(id), groups[id]!)),
                byMotion);
    }
}
