using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Poster
{
    /// <summary>The panels around the bowtie: revenue now, the motion split at Prospecting, and the weakest link.</summary>
    internal static class PosterPanels
    {
        private static readonly string[] Motions = { "Inbound", "Outbound", "Target" };

        /// <summary>MRR, ARR, NRR (with GRR) and LTV to date as four tiles; off-boardings and lost MRR on the line above.</summary>
        public static void Revenue(SceneBuilder scene, RecurringMetrics recurring, MetricsWindow window, double x, double y, double width)
        {
            const double gap = 12, height = 112;
            var since = window.RetentionFrom is { } start ? $"since {start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "no window";
            var tiles = new (string Label, string Value, string Note)[]
            {
                ("MRR now", PosterText.Money(recurring.Mrr), "monthly recurring"),
                ("ARR", PosterText.Money(recurring.Arr), "12 × MRR"),
                ("NRR", PosterText.Percent(recurring.Nrr), $"GRR {PosterText.Percent(recurring.Grr)}"),
                ("LTV to date", PosterText.Money(recurring.Ltv), "Σ MRR × months"),
            };
            var tileWidth = (width - (gap * (tiles.Length - 1))) / tiles.Length;
            for (var i = 0; i < tiles.Length; i++)
            {
                var left = x + (i * (tileWidth + gap));
                var center = left + (tileWidth / 2);
                scene.Rect(left, y, tileWidth, height, 14, PosterPalette.Panel, PosterPalette.Rule, 1.5);
                scene.Text(center, y + 28, tiles[i].Label, 18, PosterPalette.Muted, bold: true, anchor: TextAnchor.Middle);
                scene.Text(center, y + 72, tiles[i].Value, PosterText.Fit(tiles[i].Value, 38, tileWidth - 20),
                    PosterPalette.Stages[5], bold: true, anchor: TextAnchor.Middle);
                scene.Text(center, y + 99, tiles[i].Note, PosterText.Fit(tiles[i].Note, 16, tileWidth - 16), PosterPalette.Muted,
                    anchor: TextAnchor.Middle);
            }

            scene.Text(x + width, 108,
                $"Retention {since}: {PosterText.Count(recurring.OffBoarded)} off-boarded, lost MRR {PosterText.Money(recurring.LostMrr)}",
                18, PosterPalette.Muted, anchor: TextAnchor.End);
        }

        /// <summary>Prospecting (MQL → SQL) by motion: one bar per motion against the target, with MQL and SQL volumes.</summary>
        public static void MotionSplit(SceneBuilder scene, BowtieMetrics metrics, double x, double y, double width)
        {
            var rows = Rows(metrics.ByMotion);
            var height = 64 + (Math.Max(rows.Count, 1) * 46);
            scene.Rect(x, y, width, height, 16, PosterPalette.Panel, PosterPalette.Rule, 1.5);
            scene.Text(x + 20, y + 36, "Prospecting by motion", 24, PosterPalette.Ink, bold: true);
            scene.Text(x + width - 20, y + 36, "MQL → SQL conversion", 17, PosterPalette.Muted, anchor: TextAnchor.End);
            if (rows.Count == 0)
            {
                scene.Text(x + 20, y + 90, "No journeys carry a motion yet.", 20, PosterPalette.Muted);
                return;
            }

            var mql = BowtieModel.Position(BowtieStage.Mql);
            var prospectingIsWeakest = metrics.Weakest?.From == BowtieStage.Mql;
            double? target = prospectingIsWeakest ? metrics.Weakest!.Target : null;
            var scale = Math.Max(Math.Max(rows.Max(r => r.Stages[mql].ConversionToNext ?? 0), target ?? 0), 0.01);
            const double barLeft = 162, barWidth = 218;
            var gap = prospectingIsWeakest ? GapMotion(metrics.Weakest!.Sentence) : null;
            for (var i = 0; i < rows.Count; i++)
            {
                var (name, stages) = rows[i];
                var baseline = y + 88 + (i * 46);
                var conversion = stages[mql].ConversionToNext;
                var isGap = string.Equals(name, gap, StringComparison.OrdinalIgnoreCase);
                var color = isGap ? PosterPalette.Gap : PosterPalette.Motions[Math.Min(i, PosterPalette.Motions.Length - 1)];
                scene.Text(x + 20, baseline, name, 22, isGap ? PosterPalette.Gap : PosterPalette.Ink, bold: true);
                scene.Rect(x + barLeft, baseline - 22, barWidth, 26, 6, PosterPalette.Background, PosterPalette.Rule, 1);
                scene.Rect(x + barLeft, baseline - 22, Math.Max(barWidth * (conversion ?? 0) / scale, 2), 26, 6, color);
                scene.Text(x + barLeft + barWidth + 14, baseline, PosterText.Percent(conversion), 22, color, bold: true);
                scene.Text(x + width - 20, baseline,
                    $"{PosterText.Count(stages[mql].Volume)} MQL → {PosterText.Count(stages[mql + 1].Volume)} SQL", 17,
                    PosterPalette.Muted, anchor: TextAnchor.End);
            }

            if (target is { } goal)
            {
                var marker = x + barLeft + (barWidth * goal / scale);
                scene.Line(marker, y + 58, marker, y + height - 12, PosterPalette.Gap, 3, dashed: true);
                scene.Text(marker, y + 56, $"target {PosterText.Percent(goal)}", 14, PosterPalette.Gap, anchor: TextAnchor.Middle);
            }
        }

        /// <summary>The weakest link's sentence in an orange banner, wrapped to the width.</summary>
        public static void WeakestLink(SceneBuilder scene, WeakestLink? weakest, double x, double y, double width)
        {
            var sentence = weakest?.Sentence ?? "No process has journeys to measure yet.";
            var size = 34.0;
            var lines = PosterText.Wrap(sentence, size, width - 60);
            if (lines.Count > 2)
            {
                size = 28; // a long sentence (long motion names) still fits above the footer
                lines = PosterText.Wrap(sentence, size, width - 60);
            }

            var step = size * 1.3;
            var height = 62 + (lines.Count * step);
            var behind = weakest is { } w && w.Conversion < w.Target;
            scene.Rect(x, y, width, height, 18, behind ? PosterPalette.GapPanel : PosterPalette.Panel,
                behind ? PosterPalette.Gap : PosterPalette.Rule, 3);
            scene.Text(x + 30, y + 38, behind ? "WEAKEST LINK" : "NEAREST TO ITS TARGET", 20,
                behind ? PosterPalette.Gap : PosterPalette.Muted, bold: true);
            for (var i = 0; i < lines.Count; i++)
            {
                scene.Text(x + 30, y + 84 + (i * step), lines[i], size, PosterPalette.Ink, bold: true);
            }
        }

        private static List<(string Name, IReadOnlyList<StageMetrics> Stages)> Rows(
            IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> byMotion)
        {
            // The framework's three motions first, then any other label; journeys without a motion are left out.
            var rows = Motions.Where(byMotion.ContainsKey).Select(m => (m, byMotion[m])).ToList();
            rows.AddRange(byMotion.Where(g => !Motions.Contains(g.Key) && g.Key != "(none)").Select(g => (g.Key, g.Value)));
            return rows.Take(3).ToList(); // room for three rows above the weakest-link banner
        }

        // The sentence names the gap as "; inbound is the gap (…)".
        private static string? GapMotion(string sentence)
        {
            var at = sentence.IndexOf(" is the gap", StringComparison.Ordinal);
            var start = sentence.LastIndexOf("; ", at < 0 ? 0 : at, StringComparison.Ordinal);
            return at < 0 || start < 0 ? null : sentence[(start + 2)..at];
        }
    }
}
