using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// The one definition of the left-to-right stage figures of a group of journeys: volume = journeys that reached the
    /// stage (or further); conversion = volume of the next stage ÷ volume; days = first entry of the next stage − first
    /// entry of this one, only for journeys that really entered this stage and stepped from it straight into the next
    /// (a skip or a pass-through has no duration); median and p75 by <see cref="Percentile"/>.
    /// </summary>
    public sealed class StageTally
    {
        private readonly long[] volume = new long[BowtieVocabulary.StageCount];
        private readonly List<double>[] days = Enumerable.Range(0, BowtieVocabulary.StageCount - 1)
            .Select(_ => new List<double>()).ToArray();

        /// <summary>Counts one journey (by reference: the engine's per-journey struct is not copied).</summary>
        public void Add<TJourney>(ref TJourney journey)
            where TJourney : IJourneyProgress
        {
            var furthest = journey.Furthest;
            for (var stage = 0; stage <= furthest; stage++)
            {
                volume[stage]++;
            }

            var steppedInto = journey.SteppedInto;
            for (var stage = 0; stage < BowtieVocabulary.StageCount - 1; stage++)
            {
                if ((steppedInto & (1 << (stage + 1))) == 0)
                {
                    continue;
                }

                var entered = journey.FirstEntered(stage);
                if (entered != 0)
                {
                    days[stage].Add((journey.FirstEntered(stage + 1) - entered) / (double)TimeSpan.TicksPerDay);
                }
            }
        }

        /// <summary>The figures of every stage, Prospect to LTV (LTV has no next stage: no conversion, no days).</summary>
        public IReadOnlyList<StageMetrics> ToStages()
        {
            var stages = new StageMetrics[BowtieVocabulary.StageCount];
            for (var stage = 0; stage < stages.Length; stage++)
            {
                var last = stage == stages.Length - 1;
                double? conversion = last || volume[stage] == 0 ? null : volume[stage + 1] / (double)volume[stage];
                double? median = null, p75 = null;
                if (!last)
                {
                    Percentile.MedianAndP75(days[stage], out median, out p75);
                }

                stages[stage] = new StageMetrics(BowtieVocabulary.StageAt(stage), volume[stage], conversion, median, p75);
            }

            return stages;
        }
    }
}
