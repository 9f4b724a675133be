using System;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests.Poster
{
    /// <summary>Metrics to draw: Fixture A's cohort with motions, so every part of the poster has something to show.</summary>
    internal static class PosterSamples
    {
        public static BowtieMetrics Sentinel()
        {
            // 12,400 / 843 / 34 / 8 / 8 / 5 / 4, motions by journey number (Inbound, Outbound, Target in turn).
            var reached = new[] { 12_400, 843, 34, 8, 8, 5, 4 };
            var motions = new[] { "Inbound", "Outbound", "Target" };
            var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var builder = new MetricsBuilder();
            for (var journey = 0; journey < reached[0]; journey++)
            {
                var id = $"S{journey}";
                var motion = motions[journey % 3];
                builder.Add(StageMove.Into(id, null, BowtieStage.Prospect, start, motion));
                for (var stage = 1; stage < reached.Length && journey < reached[stage]; stage++)
                {
                    builder.Add(StageMove.Into(id, BowtieVocabulary.StageAt(stage - 1), BowtieVocabulary.StageAt(stage),
                        start.AddDays(stage * 10), motion, null, stage >= 3 ? 1000m : 0m));
                }
            }

            return builder.Build();
        }

        /// <summary>
        /// Prospecting behind a 25 % target with campaigns: Webinar (Inbound) 100 MQL → 40 SQL, Cold (Outbound) 100 → 4,
        /// Event (Outbound) 40 → 6, Tiny (Target) 20 → 0. Outbound and Cold are the gap; Tiny is too small to judge.
        /// </summary>
        public static BowtieMetrics WithCampaigns()
        {
            var targets = ConversionTargets.Parse(
                """{"Marketing": null, "MQL->SQL": 0.25, "Selling": null, "Onboarding": null, "Achieve impact": null, "Grow": null}""");
            var builder = new MetricsBuilder(new MetricsOptions { Targets = targets });
            var at = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var n = 0;
            foreach (var (mqls, sqls, motion, campaign) in new[] { (100, 40, "Inbound", "Webinar"), (100, 4, "Outbound", "Cold"), (40, 6, "Outbound", "Event"), (20, 0, "Target", "Tiny") })
            {
                for (var i = 0; i < mqls; i++, n++)
                {
                    var id = $"C{n}";
                    builder.Add(StageMove.Into(id, null, BowtieStage.Prospect, at, motion, campaign));
                    builder.Add(StageMove.Into(id, BowtieStage.Prospect, BowtieStage.Mql, at.AddDays(5), motion, campaign));
                    if (i < sqls)
                    {
                        builder.Add(StageMove.Into(id, BowtieStage.Mql, BowtieStage.Sql, at.AddDays(9), motion, campaign));
                    }
                }
            }

            return builder.Build();
        }
    }
}
