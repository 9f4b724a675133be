using System;
using System.Globalization;
using DataverseFunnel.Plugins.Bowtie.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Poster
{
    /// <summary>
    /// Lays the bowtie out as the framework draws it: the left triangle narrows from Prospect to the Commit knot, the
    /// right side widens to LTV. Each stage shows its volume; each process sits on the border between its two stages
    /// (left processes above, right ones below) with its conversion and days; the weakest process is drawn in orange.
    /// Panels around it: revenue (top right), the motion split at Prospecting and the campaigns at the weakest process
    /// (bottom left, side by side), the weakest-link sentence.
    /// </summary>
    public static class PosterLayout
    {
        public const double Width = 1684;
        public const double Height = 1191;

        // The bowtie: outer edges at Left/Right, the knot (Commit) centred, full half-height at the edges.
        private const double Left = 60, Right = 1624, CenterY = 502, OuterHalf = 236, KnotHalf = 70, KnotHalfWidth = 80;
        private const double KnotLeft = (Width / 2) - KnotHalfWidth, KnotRight = (Width / 2) + KnotHalfWidth;
        private const double Segment = (KnotLeft - Left) / 3, Gutter = 5;
        private const double ChipWidth = 224, ChipHeight = 140, ChipTop = 128, ChipBelow = 756;

        public static PosterScene Build(BowtieMetrics metrics)
        {
            var scene = new SceneBuilder();
            var weakest = metrics.Weakest is { Conversion: var c, Target: var t } w && c < t ? (int?)BowtieModel.Position(w.From) : null;
            Header(scene, metrics.Window);
            Bowtie(scene, metrics, weakest);
            PosterPanels.Revenue(scene, metrics.Recurring, metrics.Window, KnotRight, ChipTop, Right - KnotRight);
            const double half = (KnotLeft - Left - 12) / 2;
            PosterPanels.MotionSplit(scene, metrics, Left, ChipBelow, half);
            PosterPanels.Campaigns(scene, metrics, Left + half + 12, ChipBelow, half);
            PosterPanels.WeakestLink(scene, metrics.Weakest, Left, 982, Right - Left);
            scene.Text(Left, Height - 16,
                "Volume: journeys that reached the stage or later (a skipped stage counts).  Conversion: next volume ÷ volume, same cohort.  "
                + "Days: first entry to first entry, no skips.  MRR counts from Live.", 14, PosterPalette.Muted);
            return new PosterScene(Width, Height, "Revenue bowtie", scene.Shapes);
        }

        private static void Header(SceneBuilder scene, MetricsWindow window)
        {
            scene.Text(Left, 70, "The revenue bowtie", 46, PosterPalette.Ink, bold: true);
            var cohort = window.From is null && window.To is null
                ? $"{PosterText.Count(window.Journeys)} journeys"
                : $"{PosterText.Count(window.Journeys)} journeys created {MetricsDocument.Day(window.From) ?? "…"} to {MetricsDocument.Day(window.To) ?? "…"}";
            var asOf = window.AsOf is { } at ? $"  ·  as of {at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : string.Empty;
            scene.Text(Left, 108, cohort + asOf, 22, PosterPalette.Muted);
        }

        private static void Bowtie(SceneBuilder scene, BowtieMetrics metrics, int? weakest)
        {
            for (var stage = 0; stage < BowtieVocabulary.StageCount; stage++)
            {
                var x0 = StageLeft(stage);
                var x1 = StageRight(stage);
                var fill = PosterPalette.Stages[stage];
                if (stage == BowtieModel.Position(BowtieStage.Commit))
                {
                    scene.Rect(x0, CenterY - KnotHalf, x1 - x0, 2 * KnotHalf, 14, fill);
                }
                else
                {
                    scene.Polygon(fill,
                        new PosterPoint(x0, CenterY - HalfHeight(x0)), new PosterPoint(x1, CenterY - HalfHeight(x1)),
                        new PosterPoint(x1, CenterY + HalfHeight(x1)), new PosterPoint(x0, CenterY + HalfHeight(x0)));
                }

                StageLabel(scene, metrics.Stages[stage], (x0 + x1) / 2, x1 - x0);
            }

            for (var from = 0; from < BowtieVocabulary.StageCount - 1; from++)
            {
                ProcessChip(scene, metrics.Stages[from], from, weakest == from);
            }
        }

        private static void StageLabel(SceneBuilder scene, StageMetrics stage, double x, double width)
        {
            var knot = stage.Stage == BowtieStage.Commit;
            var volume = PosterText.Count(stage.Volume);
            scene.Text(x, CenterY - (knot ? 14 : 22), stage.Stage.Name(), knot ? 24 : 30, PosterPalette.OnShape, bold: true,
                anchor: TextAnchor.Middle);
            scene.Text(x, CenterY + (knot ? 30 : 36), volume, PosterText.Fit(volume, knot ? 38 : 48, width - 24),
                PosterPalette.OnShape, bold: true, anchor: TextAnchor.Middle);
            scene.Text(x, CenterY + (knot ? 54 : 66), "journeys", knot ? 15 : 17, PosterPalette.OnShape, anchor: TextAnchor.Middle);
        }

        /// <summary>The process between <paramref name="from"/> and the next stage, in a chip on their shared border.</summary>
        private static void ProcessChip(SceneBuilder scene, StageMetrics stage, int from, bool weakest)
        {
            var x = from < BowtieModel.Position(BowtieStage.Commit) ? Left + ((from + 1) * Segment) : KnotRight + ((from - 3) * Segment);
            var above = from < BowtieModel.Position(BowtieStage.Commit);
            var top = above ? ChipTop : ChipBelow;
            var edge = above ? CenterY - HalfHeight(x) : CenterY + HalfHeight(x);
            var accent = weakest ? PosterPalette.Gap : PosterPalette.Rule;
            scene.Line(x, above ? top + ChipHeight : edge, x, above ? edge : top, accent, weakest ? 4 : 2, dashed: !weakest);
            if (weakest)
            {
                scene.Line(x, CenterY - HalfHeight(x), x, CenterY + HalfHeight(x), PosterPalette.Gap, 8);
            }

            scene.Rect(x - (ChipWidth / 2), top, ChipWidth, ChipHeight, 16, weakest ? PosterPalette.GapPanel : PosterPalette.Background,
                accent, weakest ? 4 : 2);
            var process = BowtieVocabulary.ProcessFrom(BowtieVocabulary.StageAt(from));
            scene.Text(x, top + 30, process, 22, PosterPalette.Ink, bold: true, anchor: TextAnchor.Middle);
            scene.Text(x, top + 52, $"{stage.Stage.Name()} → {(BowtieVocabulary.StageAt(from + 1)).Name()}", 16, PosterPalette.Muted,
                anchor: TextAnchor.Middle);
            scene.Text(x, top + 98, PosterText.Percent(stage.ConversionToNext), 42, weakest ? PosterPalette.Gap : PosterPalette.Ink,
                bold: true, anchor: TextAnchor.Middle);
            var days = stage.MedianDaysToNext is null
                ? "no journey has moved on yet"
                : $"median {PosterText.Days(stage.MedianDaysToNext)} · p75 {PosterText.Days(stage.P75DaysToNext)}";
            scene.Text(x, top + 127, days, 16, PosterPalette.Muted, anchor: TextAnchor.Middle);
        }

        /// <summary>Left x of a stage's band (with a small gutter between bands).</summary>
        private static double StageLeft(int stage) => stage switch
        {
            < 3 => Left + (stage * Segment) + (stage == 0 ? 0 : Gutter),
            3 => KnotLeft + Gutter,
            _ => KnotRight + ((stage - 4) * Segment) + Gutter,
        };

        /// <summary>Right x of a stage's band.</summary>
        private static double StageRight(int stage) => stage switch
        {
            < 3 => Left + ((stage + 1) * Segment) - Gutter,
            3 => KnotRight - Gutter,
            _ => KnotRight + ((stage - 3) * Segment) - (stage == 6 ? 0 : Gutter),
        };

        /// <summary>Half the bowtie's height at <paramref name="x"/>: full at the outer edges, narrowest at the knot.</summary>
        private static double HalfHeight(double x)
        {
            var distance = x < Width / 2 ? (KnotLeft - x) / (KnotLeft - Left) : (x - KnotRight) / (Right - KnotRight);
            return KnotHalf + ((OuterHalf - KnotHalf) * Math.Min(Math.Max(distance, 0), 1));
        }

    }
}
