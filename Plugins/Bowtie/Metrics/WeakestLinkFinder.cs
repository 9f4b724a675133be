using System.Collections.Generic;
using System.Globalization;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// Names the process furthest behind its target (lowest conversion ÷ target; the earlier process on a tie), and the
    /// motion and the campaign that drag it down. A group is named only when it is big enough to mean something: at
    /// least <see cref="GroupGap.MinimumGroup"/> journeys reached the process, and even the 95 % Wilson upper bound of its
    /// conversion is below the whole cohort's. Of the groups that qualify, the lowest conversion is named.
    /// </summary>
    public static class WeakestLinkFinder
    {
        public static WeakestLink? Find(IReadOnlyList<StageMetrics> stages,
            IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> byMotion,
            IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> byCampaign, ConversionTargets targets)
        {
            var best = -1;
            var bestRatio = double.MaxValue;
            for (var k = 0; k < stages.Count - 1; k++)
            {
                if (stages[k].ConversionToNext is { } conversion && targets.For(BowtieVocabulary.StageAt(k)) is { } target
                    && conversion / target < bestRatio)
                {
                    best = k;
                    bestRatio = conversion / target;
                }
            }

            if (best < 0)
            {
                return null;
            }

            var from = BowtieVocabulary.StageAt(best);
            var to = BowtieVocabulary.StageAt(best + 1);
            var rate = stages[best].ConversionToNext!.Value;
            var goal = targets.For(from)!.Value;
            var link = $"{from.Name()} → {to.Name()} ({BowtieVocabulary.ProcessFrom(from)})";
            if (rate >= goal)
            {
                return new WeakestLink(from, to, rate, goal,
                    $"Every process meets its target; the tightest margin is {link} at {Percent.Format(rate)} against a {Percent.Format(goal)} target.");
            }

            var motion = Gap(byMotion, best, rate);
            var campaign = Gap(byCampaign, best, rate);
            var at = from.Name();
            var sentence = $"{link} converts {Percent.Format(rate)} against a {Percent.Format(goal)} target"
                + (motion is null ? string.Empty : $"; {motion.Name.ToLowerInvariant()} is the gap ({Percent.Format(motion.Conversion)} of {Count(motion.Entered)} at {at})")
                + (campaign is null ? string.Empty : $"; the campaign furthest behind is {campaign.Name} ({Percent.Format(campaign.Conversion)} of {Count(campaign.Entered)} at {at})")
                + ".";
            return new WeakestLink(from, to, rate, goal, sentence, motion, campaign);
        }

        private static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

        /// <summary>The group with the lowest conversion at <paramref name="stage"/> among those big enough and clearly below <paramref name="overall"/>.</summary>
        public static GroupGap? Gap(IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> groups, int stage, double overall)
        {
            GroupGap? lowest = null;
            foreach (var group in groups)
            {
                var name = group.Key;
                var stages = group.Value;
                var entered = stages[stage].Volume;
                if (name == BowtieVocabulary.NoGroup || entered < GroupGap.MinimumGroup || stages[stage].ConversionToNext is not { } conversion)
                {
                    continue;
                }

                var movedOn = stages[stage + 1].Volume;
                var upper = WilsonInterval.Of(movedOn, entered).Upper;
                if (upper < overall && (lowest is null || conversion < lowest.Conversion))
                {
                    lowest = new GroupGap(name, entered, movedOn, conversion, upper);
                }
            }

            return lowest;
        }
    }
}
