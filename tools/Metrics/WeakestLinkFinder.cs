using System;
using System.Collections.Generic;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// Names the process furthest behind its target (lowest conversion ÷ target; the earlier process on a tie), and the
    /// motion that drags it down when more than one motion took part.
    /// </summary>
    internal static class WeakestLinkFinder
    {
        public static WeakestLink? Find(IReadOnlyList<StageMetrics> stages,
            IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> byMotion, ConversionTargets targets)
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
            string sentence;
            if (rate >= goal)
            {
                sentence = $"Every process meets its target; the tightest margin is {link} at {Percent.Format(rate)} against a {Percent.Format(goal)} target.";
            }
            else
            {
                sentence = $"{link} converts {Percent.Format(rate)} against a {Percent.Format(goal)} target"
                    + (GapMotion(byMotion, best, rate) is { } gap
                        ? $"; {gap.Name.ToLowerInvariant()} is the gap ({Percent.Format(gap.Conversion)})."
                        : ".");
            }

            return new WeakestLink(from, to, rate, goal, sentence);
        }

        private static (string Name, double Conversion)? GapMotion(
            IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> byMotion, int stage, double overall)
        {
            (string Name, double Conversion)? lowest = null;
            var motions = 0;
            foreach (var (name, stages) in byMotion)
            {
                if (name == LabelTable.NoneLabel || stages[stage].ConversionToNext is not { } conversion)
                {
                    continue;
                }

                motions++;
                if (lowest is null || conversion < lowest.Value.Conversion)
                {
                    lowest = (name, conversion);
                }
            }

            return motions >= 2 && lowest is { } found && found.Conversion < overall ? found : null;
        }
    }
}
