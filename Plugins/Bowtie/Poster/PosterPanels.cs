using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Poster
{
    /// <summary>The panels around the bowtie: revenue now, the motion split at Prospecting, the campaigns at the weakest process, and the weakest link.</summary>
    internal static class PosterPanels
    {
        /// <summary>MRR, ARR, NRR (with GRR) and LTV to date as four tiles; off-boardings and lost MRR on the line above.</summary>
        public static void Revenue(SceneBuilder scene, RecurringMetrics recurring, MetricsWindow window, double x, double y, double width)
        {
            const double gap = 12, height = 112;
            var since = window.RetentionFrom is { } start ? $"since {start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "no window";
            // Label, value, note of each tile.
            var tiles = new[]
            {
                new[] { "MRR now", PosterText.Money(recurring.Mrr), "monthly recurring" },
                new[] { "ARR", PosterText.Money(recurring.Arr), "12 × MRR" },
                new[] { "NRR", PosterText.Percent(recurring.Nrr), $"GRR {PosterText.Percent(recurring.Grr)}" },
                new[] { "LTV to date", PosterText.Money(recurring.Ltv), "Σ MRR × months" },
            };
            var tileWidth = (width - (gap * (tiles.Length - 1))) / tiles.Length;
            for (var i = 0; i < tiles.Length; i++)
            {
                var left = x + (i * (tileWidth + gap));
                var center = left + (tileWidth / 2);
                scene.Rect(left, y, tileWidth, height, 14, PosterPalette.Panel, PosterPalette.Rule, 1.5);
                scene.Text(center, y + 28, tiles[i][0], 18, PosterPalette.Muted, bold: true, anchor: TextAnchor.Middle);
                scene.Text(center, y + 72, tiles[i][1], PosterText.Fit(tiles[i][1], 38, tileWidth - 20),
                    PosterPalette.Stages[5], bold: true, anchor: TextAnchor.Middle);
                scene.Text(center, y + 99, tiles[i][2], PosterText.Fit(tiles[i][2], 16, tileWidth - 16), PosterPalette.Muted,
                    anchor: TextAnchor.Middle);
            }

            scene.Text(x + width, 108,
                $"Retention {since}: {PosterText.Count(recurring.OffBoarded)} off-boarded, lost MRR {PosterText.Money(recurring.LostMrr)}",
                18, PosterPalette.Muted, anchor: TextAnchor.End);
        }

        /// <summary>Prospecting (MQL → SQL) by motion: one bar per motion, against the target when Prospecting is the weakest link.</summary>
        public static void MotionSplit(SceneBuilder scene, BowtieMetrics metrics, double x, double y, double width)
        {
            var rows = Rows(metrics.ByMotion, BreakdownRows);
            var mql = BowtieModel.Position(BowtieStage.Mql);
            var prospectingIsWeakest = metrics.Weakest is { From: BowtieStage.Mql } w && w.Conversion < w.Target;
            double? target = prospectingIsWeakest ? metrics.Weakest!.Target : null;
            Frame(scene, x, y, width, rows.Count, "Prospecting by motion",
                "MQL → SQL" + (target is { } t ? $" · target {PosterText.Percent(t)}, dashed" : string.Empty));
            if (rows.Count == 0)
            {
                scene.Text(x + 16, y + 98, "No journeys carry a motion yet.", 18, PosterPalette.Muted);
                return;
            }

            var scale = Math.Max(Math.Max(rows.Max(r => r.Value[mql].ConversionToNext ?? 0), target ?? 0), 0.01);
            const double barLeft = 132, barWidth = 104;
            var gap = prospectingIsWeakest ? metrics.Weakest!.Motion?.Name : null;
            for (var i = 0; i < rows.Count; i++)
            {
                var name = rows[i].Key;
                var stages = rows[i].Value;
                var baseline = RowBaseline(y, i);
                var conversion = stages[mql].ConversionToNext;
                var isGap = string.Equals(name, gap, StringComparison.Ordinal);
                var color = isGap ? PosterPalette.Gap : PosterPalette.Motions[Math.Min(i, PosterPalette.Motions.Length - 1)];
                scene.Text(x + 16, baseline, name, PosterText.Fit(name, 18, barLeft - 30), isGap ? PosterPalette.Gap : PosterPalette.Ink, bold: true);
                scene.Rect(x + barLeft, baseline - 20, barWidth, 22, 5, PosterPalette.Background, PosterPalette.Rule, 1);
                scene.Rect(x + barLeft, baseline - 20, Math.Max(barWidth * (conversion ?? 0) / scale, 2), 22, 5, color);
                scene.Text(x + width - 16, baseline, PosterText.Percent(conversion), 20, color, bold: true, anchor: TextAnchor.End);
                scene.Text(x + barLeft, baseline + 19, $"{PosterText.Count(stages[mql].Volume)} → {PosterText.Count(stages[mql + 1].Volume)}", 14,
                    PosterPalette.Muted);
            }

            if (target is { } goal)
            {
                var marker = x + barLeft + (barWidth * goal / scale);
                scene.Line(marker, RowBaseline(y, 0) - 26, marker, RowBaseline(y, rows.Count - 1) + 4, PosterPalette.Gap, 3, dashed: true);
            }
        }

        /// <summary>
        /// The campaigns that feed the weakest process: the biggest at its first stage, with how many moved on and the
        /// conversion; the campaign the weakest link names is in the gap colour, and a campaign too small to judge says so.
        /// </summary>
        public static void Campaigns(SceneBuilder scene, BowtieMetrics metrics, double x, double y, double width)
        {
            var from = metrics.Weakest?.From ?? BowtieStage.Mql;
            var k = BowtieModel.Position(from);
            var named = metrics.Weakest is { } w && w.Conversion < w.Target ? w.Campaign?.Name : null;
            var rows = metrics.ByCampaign.Where(g => g.Key != BowtieVocabulary.NoGroup && g.Value[k].Volume > 0)
                .OrderByDescending(g => g.Value[k].Volume).ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            var shown = rows.Take(BreakdownRows).ToList();
            if (named is not null && !shown.Any(r => r.Key == named) && rows.FindIndex(r => r.Key == named) is var gapRow and >= 0)
            {
                shown[shown.Count - 1] = rows[gapRow]; // the named campaign always shows
            }

            var next = BowtieVocabulary.StageAt(k + 1);
            Frame(scene, x, y, width, shown.Count, $"Campaigns at {BowtieVocabulary.ProcessFrom(from)}",
                $"{from.Name()} → {next.Name()}, biggest campaigns at {from.Name()}");
            if (shown.Count == 0)
            {
                scene.Text(x + 16, y + 98, "No journeys carry a campaign yet.", 18, PosterPalette.Muted);
                return;
            }

            for (var i = 0; i < shown.Count; i++)
            {
                var name = shown[i].Key;
                var stages = shown[i].Value;
                var baseline = RowBaseline(y, i);
                var isGap = name == named;
                var small = stages[k].Volume < GroupGap.MinimumGroup;
                var percent = PosterText.Percent(stages[k].ConversionToNext);
                scene.Text(x + 16, baseline, name, PosterText.Fit(name, 18, width - 48 - PosterText.Width(percent, 20)),
                    isGap ? PosterPalette.Gap : PosterPalette.Ink, bold: true);
                scene.Text(x + width - 16, baseline, percent, 20, isGap ? PosterPalette.Gap : PosterPalette.Ink, bold: true, anchor: TextAnchor.End);
                var counts = $"{PosterText.Count(stages[k].Volume)} → {PosterText.Count(stages[k + 1].Volume)}"
                    + (small ? $" · fewer than {GroupGap.MinimumGroup}: too few to judge" : string.Empty);
                scene.Text(x + 16, baseline + 19, counts, PosterText.Fit(counts, 14, width - 32), PosterPalette.Muted);
            }
        }

        private const int BreakdownRows = 3; // room for three rows above the weakest-link banner

        private static double PanelHeight(int rows) => 84 + (Math.Max(rows, 1) * 44);

        private static double RowBaseline(double y, int row) => y + 98 + (row * 44);

        private static void Frame(SceneBuilder scene, double x, double y, double width, int rows, string title, string subtitle)
        {
            scene.Rect(x, y, width, PanelHeight(rows), 16, PosterPalette.Panel, PosterPalette.Rule, 1.5);
            scene.Text(x + 16, y + 32, title, PosterText.Fit(title, 22, width - 32), PosterPalette.Ink, bold: true);
            scene.Text(x + 16, y + 56, subtitle, PosterText.Fit(subtitle, 14, width - 32), PosterPalette.Muted);
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

        private static List<KeyValuePair<string, IReadOnlyList<StageMetrics>>> Rows(
            IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> byMotion, int count)
        {
            // The framework's three motions first, then any other label; journeys without a motion are left out.
            var rows = Breakdown.Motions.Where(byMotion.ContainsKey).Select(m => new KeyValuePair<string, IReadOnlyList<StageMetrics>>(m, byMotion[m])).ToList();
            rows.AddRange(byMotion.Where(g => !Breakdown.Motions.Contains(g.Key) && g.Key != BowtieVocabulary.NoGroup));
            return rows.Take(count).ToList();
        }
    }
}
