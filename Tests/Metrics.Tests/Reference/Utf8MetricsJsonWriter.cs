using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DataverseFunnel.Metrics.Tests.Reference
{
    /// <summary>
    /// The CLI's metrics JSON writer as it was before the writer moved to plain C# for net462 (System.Text.Json's
    /// Utf8JsonWriter, relaxed escaping): kept only as the reference the hand-written writer must match byte for byte.
    /// </summary>
    internal static class Utf8MetricsJsonWriter
    {
        public static void Write(BowtieMetrics metrics, Stream output)
        {
            var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using var json = new Utf8JsonWriter(output, options);
            json.WriteStartObject();
            WriteWindow(json, metrics.Window);
            json.WritePropertyName("stages");
            WriteStages(json, metrics.Stages);
            WriteBreakdown(json, "byMotion", metrics.ByMotion);
            WriteBreakdown(json, "byCampaign", metrics.ByCampaign);
            WriteRecurring(json, metrics.Recurring);
            WriteWeakest(json, metrics.Weakest);
            json.WriteEndObject();
        }

        public static string ToJson(BowtieMetrics metrics)
        {
            using var buffer = new MemoryStream();
            Write(metrics, buffer);
            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static void WriteWindow(Utf8JsonWriter json, MetricsWindow window)
        {
            json.WriteStartObject("window");
            String(json, "from", window.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            String(json, "to", window.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            String(json, "asOf", window.AsOf is { } asOf ? IsoTimestamp.Format(asOf) : null);
            String(json, "retentionFrom", window.RetentionFrom is { } start ? IsoTimestamp.Format(start) : null);
            json.WriteNumber("journeys", window.Journeys);
            if (window.Transitions is { } transitions)
            {
                json.WriteNumber("transitions", transitions);
            }
            else
            {
                json.WriteNull("transitions");
            }

            json.WriteNumber("skipped", window.Skipped);
            json.WriteEndObject();
        }

        private static void WriteStages(Utf8JsonWriter json, IReadOnlyList<StageMetrics> stages)
        {
            json.WriteStartArray();
            foreach (var stage in stages)
            {
                json.WriteStartObject();
                json.WriteString("stage", stage.Stage.Name());
                json.WriteNumber("volume", stage.Volume);
                Number(json, "conversionToNext", stage.ConversionToNext, 6);
                Number(json, "medianDaysToNext", stage.MedianDaysToNext, 2);
                Number(json, "p75DaysToNext", stage.P75DaysToNext, 2);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private static void WriteBreakdown(Utf8JsonWriter json, string name,
            IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> groups)
        {
            json.WriteStartObject(name);
            foreach (var (label, stages) in groups)
            {
                json.WritePropertyName(label);
                WriteStages(json, stages);
            }

            json.WriteEndObject();
        }

        private static void WriteRecurring(Utf8JsonWriter json, RecurringMetrics recurring)
        {
            json.WriteStartObject("recurring");
            json.WriteNumber("mrr", Math.Round(recurring.Mrr, 2));
            json.WriteNumber("arr", Math.Round(recurring.Arr, 2));
            Number(json, "grr", recurring.Grr, 6);
            Number(json, "nrr", recurring.Nrr, 6);
            json.WriteNumber("ltv", Math.Round(recurring.Ltv, 2));
            json.WriteNumber("offBoarded", recurring.OffBoarded);
            json.WriteNumber("lostMrr", Math.Round(recurring.LostMrr, 2));
            json.WriteEndObject();
        }

        private static void WriteWeakest(Utf8JsonWriter json, WeakestLink? weakest)
        {
            if (weakest is null)
            {
                json.WriteNull("weakest");
                return;
            }

            json.WriteStartObject("weakest");
            json.WriteString("from", weakest.From.Name());
            json.WriteString("to", weakest.To.Name());
            json.WriteNumber("conversion", Math.Round(weakest.Conversion, 6));
            json.WriteNumber("target", Math.Round(weakest.Target, 6));
            json.WriteString("sentence", weakest.Sentence);
            WriteGap(json, "motion", weakest.Motion);
            WriteGap(json, "campaign", weakest.Campaign);
            json.WriteEndObject();
        }

        private static void WriteGap(Utf8JsonWriter json, string name, GroupGap? gap)
        {
            if (gap is null)
            {
                json.WriteNull(name);
                return;
            }

            json.WriteStartObject(name);
            json.WriteString("name", gap.Name);
            json.WriteNumber("entered", gap.Entered);
            json.WriteNumber("movedOn", gap.MovedOn);
            json.WriteNumber("conversion", Math.Round(gap.Conversion, 6));
            json.WriteNumber("upperBound", Math.Round(gap.UpperBound, 6));
            json.WriteEndObject();
        }

        private static void Number(Utf8JsonWriter json, string name, double? value, int decimals)
        {
            if (value is { } v)
            {
                json.WriteNumber(name, Math.Round(v, decimals));
            }
            else
            {
                json.WriteNull(name);
            }
        }

        private static void String(Utf8JsonWriter json, string name, string? value)
        {
            if (value is null)
            {
                json.WriteNull(name);
            }
            else
            {
                json.WriteString(name, value);
            }
        }
    }
}
