using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// The order of a breakdown's groups in the document and on the poster: motions Inbound, Outbound, Target in
    /// framework order, then any other label; campaigns alphabetically (ordinal); "(none)" always last.
    /// </summary>
    public static class Breakdown
    {
        private static readonly string[] KnownMotions = { "Inbound", "Outbound", "Target" };

        /// <summary>The motion labels the framework names, in its order.</summary>
        public static IReadOnlyList<string> Motions => KnownMotions;

        /// <summary>The groups' figures, ordered; <paramref name="byMotion"/> puts the framework's motions first.</summary>
        public static IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> Of(IEnumerable<KeyValuePair<string, StageTally>> groups, bool byMotion)
        {
            var result = new Dictionary<string, IReadOnlyList<StageMetrics>>(StringComparer.Ordinal);
            StageTally? none = null;
            var named = new List<KeyValuePair<string, StageTally>>();
            foreach (var group in groups)
            {
                if (group.Key == BowtieVocabulary.NoGroup)
                {
                    none = group.Value;
                }
                else
                {
                    named.Add(group);
                }
            }

            foreach (var group in named.OrderBy(g => byMotion ? MotionRank(g.Key) : 0).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                result.Add(group.Key, group.Value.ToStages());
            }

            if (none is not null)
            {
                result.Add(BowtieVocabulary.NoGroup, none.ToStages());
            }

            return result;
        }

        private static int MotionRank(string name)
        {
            var known = Array.FindIndex(KnownMotions, m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase));
            return known >= 0 ? known : KnownMotions.Length;
        }
    }
}
