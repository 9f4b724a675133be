using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Metrics;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// The left-to-right stage figures of one cohort (journeys whose first move falls in the window), overall and by
    /// motion and campaign. Never a period ratio: every figure follows the same journeys.
    /// </summary>
    internal sealed class CohortCalculator
    {
        private static readonly string[] KnownMotions = { "Inbound", "Outbound", "Target" };

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
            StageTally?[] groups, LabelTable labels, Func<string, (int, string)> order)
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
    }
}
