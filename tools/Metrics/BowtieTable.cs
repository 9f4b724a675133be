using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace DataverseFunnel.Metrics
{
    /// <summary>The bowtie as a plain-text table: volumes, conversion to next, days, a breakdown, the right side and the weakest link.</summary>
    public static class BowtieTable
    {
        public static void Write(BowtieMetrics metrics, TextWriter output, BreakdownDimension by = BreakdownDimension.Motion)
        {
            var w = metrics.Window;
            var cohort = w.From is null && w.To is null
                ? $"all {Count(w.Journeys)} journeys"
                : $"{Count(w.Journeys)} journeys created {Day(w.From) ?? "…"} to {Day(w.To) ?? "…"}";
            output.WriteLine($"Bowtie: {cohort}, as of {Instant(w.AsOf)} ({(w.Transitions is { } moves ? Count(moves) : "uncounted")} moves)");
            output.WriteLine();

            var rows = new List<string[]> { new[] { "Stage", "Volume", "→ next", "Median days", "p75 days" } };
            rows.AddRange(metrics.Stages.Select(s => new[]
            {
                s.Stage.Name(), Count(s.Volume), Percent.Format(s.ConversionToNext), Days(s.MedianDaysToNext), Days(s.P75DaysToNext),
            }));
            WriteAligned(output, rows);

            var groups = by == BreakdownDimension.Motion ? metrics.ByMotion : metrics.ByCampaign;
            if (groups.Count > 0)
            {
                output.WriteLine();
                var header = new[] { by == BreakdownDimension.Motion ? "By motion" : "By campaign" }.Concat(groups.Keys).ToArray();
                var breakdown = new List<string[]> { header };
                for (var k = 0; k < BowtieVocabulary.StageCount; k++)
                {
                    var stage = k;
                    breakdown.Add(new[] { (BowtieVocabulary.StageAt(k)).Name() }
                        .Concat(groups.Values.Select(g => g[stage].ConversionToNext is { } c
                            ? $"{Count(g[stage].Volume)} → {Percent.Format(c)}"
                            : Count(g[stage].Volume)))
                        .ToArray());
                }

                WriteAligned(output, breakdown);
            }

            var r = metrics.Recurring;
            output.WriteLine();
            output.WriteLine($"Recurring: MRR {Money(r.Mrr)} · ARR {Money(r.Arr)} · GRR {Percent.Format(r.Grr)} · NRR {Percent.Format(r.Nrr)} · LTV to date {Money(r.Ltv)}");
            output.WriteLine($"Off-boarded since {Instant(w.RetentionFrom)}: {Count(r.OffBoarded)} (lost MRR {Money(r.LostMrr)})");
            output.WriteLine(metrics.Weakest is { } weakest ? $"Weakest link: {weakest.Sentence}" : "Weakest link: none yet (no process has journeys to measure).");
            if (w.Skipped > 0)
            {
                output.WriteLine($"Skipped {Count(w.Skipped)} rows that could not be counted (--lenient).");
            }
        }

        private static void WriteAligned(TextWriter output, List<string[]> rows)
        {
            var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
            foreach (var row in rows)
            {
                var cells = row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
                output.WriteLine(string.Join("  ", cells).TrimEnd());
            }
        }

        internal static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

        private static string Money(decimal value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

        private static string Days(double? days) => days is { } d ? d.ToString("0.0", CultureInfo.InvariantCulture) : "–";

        private static string? Day(DateTime? day) => MetricsDocument.Day(day);

        private static string Instant(DateTime? instant) =>
            instant is { } i ? i.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "–";
    }

    /// <summary>Which breakdown the table shows.</summary>
    public enum BreakdownDimension
    {
        Motion,
        Campaign,
    }
}
