using System;
using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// The metrics JSON document's figures — stages, breakdowns, recurring revenue, weakest link — in a fixed key order,
    /// rounded (fractions to 6 places, days and money to 2), null where undefined: one definition for the CLI's
    /// <c>funnel metrics --json</c> and the plugins. The caller writes the envelope and the window.
    /// </summary>
    public static class MetricsJsonParts
    {
        public static void WriteStages(JsonText json, string? name, IReadOnlyList<StageMetrics> stages)
        {
            json.StartArray(name);
            foreach (var stage in stages)
            {
                json.StartObject();
                json.String("stage", stage.Stage.Name());
                json.Number("volume", stage.Volume);
                json.Number("conversionToNext", stage.ConversionToNext, 6);
                json.Number("medianDaysToNext", stage.MedianDaysToNext, 2);
                json.Number("p75DaysToNext", stage.P75DaysToNext, 2);
                json.EndObject();
            }

            json.EndArray();
        }

        public static void WriteBreakdown(JsonText json, string name, IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> groups)
        {
            json.StartObject(name);
            foreach (var group in groups)
            {
                WriteStages(json, group.Key, group.Value);
            }

            json.EndObject();
        }

        public static void WriteRecurring(JsonText json, RecurringMetrics recurring)
        {
            json.StartObject("recurring");
            json.Number("mrr", Math.Round(recurring.Mrr, 2));
            json.Number("arr", Math.Round(recurring.Arr, 2));
            json.Number("grr", recurring.Grr, 6);
            json.Number("nrr", recurring.Nrr, 6);
            json.Number("ltv", Math.Round(recurring.Ltv, 2));
            json.Number("offBoarded", recurring.OffBoarded);
            json.Number("lostMrr", Math.Round(recurring.LostMrr, 2));
            json.EndObject();
        }

        public static void WriteWeakest(JsonText json, WeakestLink? weakest)
        {
            if (weakest is null)
            {
                json.Null("weakest");
                return;
            }

            json.StartObject("weakest");
            json.String("from", weakest.From.Name());
            json.String("to", weakest.To.Name());
            json.Number("conversion", weakest.Conversion, 6);
            json.Number("target", weakest.Target, 6);
            json.String("sentence", weakest.Sentence);
            WriteGap(json, "motion", weakest.Motion);
            WriteGap(json, "campaign", weakest.Campaign);
            json.EndObject();
        }

        private static void WriteGap(JsonText json, string name, GroupGap? gap)
        {
            if (gap is null)
            {
                json.Null(name);
                return;
            }

            json.StartObject(name);
            json.String("name", gap.Name);
            json.Number("entered", gap.Entered);
            json.Number("movedOn", gap.MovedOn);
            json.Number("conversion", gap.Conversion, 6);
            json.Number("upperBound", gap.UpperBound, 6);
            json.EndObject();
        }
    }
}
