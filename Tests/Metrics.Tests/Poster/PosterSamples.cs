using System;
using DataverseFunnel.Metrics;
using DataverseFunnel.Poster;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests.Poster
{
    /// <summary>Metrics to draw: Fixture A's cohort with motions, so every part of the poster has something to show.</summary>
    internal static class PosterSamples
    {
        /// <summary>The SVG namespace, to find the poster's elements.</summary>
        public static readonly System.Xml.Linq.XNamespace Svg = "http://www.w3.org/2000/svg";

        /// <summary>Every text element of the SVG poster drawn for <paramref name="metrics"/>.</summary>
        public static System.Collections.Generic.List<System.Xml.Linq.XElement> SvgTexts(BowtieMetrics metrics) =>
            System.Linq.Enumerable.ToList(System.Xml.Linq.XDocument.Parse(PosterFile.ToSvg(metrics)).Descendants(Svg + "text"));

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

        /// <summary>Prospecting behind its target, with campaigns: <see cref="Fixtures.CampaignGap"/>.</summary>
        public static BowtieMetrics WithCampaigns() => Fixtures.CampaignGap();
    }
}
