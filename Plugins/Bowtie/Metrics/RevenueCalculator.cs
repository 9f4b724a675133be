using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Revenue;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// The right side of the bowtie from each journey's recurring-MRR timeline (MRR counts as recurring while the journey
    /// is in the bowtie at Live or later):
    /// <list type="bullet">
    /// <item>MRR = Σ recurring MRR at the as-of instant; ARR = 12 × MRR.</item>
    /// <item>Base = journeys with recurring MRR just before the retention window starts (start_j &gt; 0); end_j = their
    /// recurring MRR at as-of (0 once they left). NRR = Σ end_j / Σ start_j (= (start + growth − contraction − lost) /
    /// start); GRR = Σ min(start_j, end_j) / Σ start_j, so at most 100 %. Null when the base is empty.</item>
    /// <item>LTV to date = Σ over journeys of recurring MRR × months it was held, up to as-of (calendar months,
    /// a part month pro rata by days): <see cref="LifetimeValue"/>, the definition the plugins keep each journey's LTV by.</item>
    /// <item>Off-boarded = journeys off-boarded in the window; lost MRR = their recurring MRR just before.</item>
    /// </list>
    /// </summary>
    public static class RevenueCalculator
    {
        public static RecurringMetrics Compute(List<RevenueEvent> events, int journeyCount, long startTicks, long endTicks)
        {
            var order = GroupByJourney(events, journeyCount);
            decimal mrr = 0m, startBase = 0m, retained = 0m, kept = 0m, ltv = 0m, lost = 0m;
            long offBoarded = 0;
            var at = 0;
            while (at < order.Length)
            {
                var journey = events[order[at]].Journey;
                decimal atStart = 0m, current = 0m;
                long since = 0;
                for (; at < order.Length && events[order[at]].Journey == journey; at++)
                {
                    var e = events[order[at]];
                    if (e.Ticks > endTicks)
                    {
                        continue;
                    }

                    ltv += current * Months(since, e.Ticks);
                    if (e.Ticks < startTicks)
                    {
                        atStart = e.RecurringMrr;
                    }
                    else if (e.OffBoarded)
                    {
                        offBoarded++;
                        lost += e.LostMrr;
                    }

                    current = e.RecurringMrr;
                    since = e.Ticks;
                }

                ltv += current * Months(since, endTicks);
                mrr += current;
                if (atStart > 0m)
                {
                    startBase += atStart;
                    retained += current;
                    kept += Math.Min(atStart, current);
                }
            }

            double? grr = startBase > 0m ? (double)(kept / startBase) : null;
            double? nrr = startBase > 0m ? (double)(retained / startBase) : null;
            return new RecurringMetrics(mrr, 12m * mrr, grr, nrr, ltv, offBoarded, lost);
        }

        /// <summary>Calendar months between two instants, by the plugins' one definition of LTV.</summary>
        internal static decimal Months(long fromTicks, long toTicks) =>
            LifetimeValue.Months(new DateTime(fromTicks, DateTimeKind.Utc), new DateTime(toTicks, DateTimeKind.Utc));

        /// <summary>Indices of <paramref name="events"/> grouped by journey, time order kept (a stable counting sort).</summary>
        private static int[] GroupByJourney(List<RevenueEvent> events, int journeyCount)
        {
            var starts = new int[journeyCount + 1];
            foreach (var e in events)
            {
                starts[e.Journey + 1]++;
            }

            for (var j = 1; j <= journeyCount; j++)
            {
                starts[j] += starts[j - 1];
            }

            var order = new int[events.Count];
            for (var i = 0; i < events.Count; i++)
            {
                order[starts[events[i].Journey]++] = i;
            }

            return order;
        }
    }
}
