using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace DataverseFunnel.Metrics
{
    /// <summary>Reads the metrics JSON document back (what the poster draws from); a wrong document fails with one clear message.</summary>
    public static class MetricsJsonReader
    {
        public static BowtieMetrics Read(string path)
        {
            using var file = File.OpenRead(path);
            return Read(file);
        }

        public static BowtieMetrics Read(Stream json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                var root = document.RootElement;
                return new BowtieMetrics(
                    ReadWindow(root.GetProperty("window")),
                    ReadStages(root.GetProperty("stages")),
                    ReadBreakdown(root.GetProperty("byMotion")),
                    ReadBreakdown(root.GetProperty("byCampaign")),
                    ReadRecurring(root.GetProperty("recurring")),
                    ReadWeakest(root.GetProperty("weakest")));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"Not a metrics document written by 'funnel metrics --json': {e.Message}", e);
            }
        }

        private static MetricsWindow ReadWindow(JsonElement window) => new(
            Day(window.GetProperty("from"))?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Day(window.GetProperty("to"))?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Instant(window.GetProperty("asOf")),
            Instant(window.GetProperty("retentionFrom")),
            window.GetProperty("journeys").GetInt64(),
            window.GetProperty("transitions") is { ValueKind: JsonValueKind.Number } transitions ? transitions.GetInt64() : null,
            window.GetProperty("skipped").GetInt64());

        private static IReadOnlyList<StageMetrics> ReadStages(JsonElement stages)
        {
            var result = new List<StageMetrics>();
            foreach (var stage in stages.EnumerateArray())
            {
                var name = stage.GetProperty("stage").GetString() ?? string.Empty;
                if (!BowtieVocabulary.TryParseStage(name, out var parsed))
                {
                    throw new FormatException($"unknown stage '{name}'.");
                }

                result.Add(new StageMetrics(parsed, stage.GetProperty("volume").GetInt64(),
                    Number(stage.GetProperty("conversionToNext")), Number(stage.GetProperty("medianDaysToNext")),
                    Number(stage.GetProperty("p75DaysToNext"))));
            }

            if (result.Count != BowtieVocabulary.StageCount)
            {
                throw new FormatException($"expected {BowtieVocabulary.StageCount} stages, found {result.Count}.");
            }

            return result;
        }

        private static IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> ReadBreakdown(JsonElement groups)
        {
            var result = new Dictionary<string, IReadOnlyList<StageMetrics>>(StringComparer.Ordinal);
            foreach (var group in groups.EnumerateObject())
            {
                result.Add(group.Name, ReadStages(group.Value));
            }

            return result;
        }

        private static RecurringMetrics ReadRecurring(JsonElement r) => new(
            r.GetProperty("mrr").GetDecimal(), r.GetProperty("arr").GetDecimal(),
            Number(r.GetProperty("grr")), Number(r.GetProperty("nrr")), r.GetProperty("ltv").GetDecimal(),
            r.GetProperty("offBoarded").GetInt64(), r.GetProperty("lostMrr").GetDecimal());

        private static WeakestLink? ReadWeakest(JsonElement w)
        {
            if (w.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (!BowtieVocabulary.TryParseStage(w.GetProperty("from").GetString(), out var from)
                || !BowtieVocabulary.TryParseStage(w.GetProperty("to").GetString(), out var to))
            {
                throw new FormatException("the weakest link names an unknown stage.");
            }

            return new WeakestLink(from, to, w.GetProperty("conversion").GetDouble(), w.GetProperty("target").GetDouble(),
                w.GetProperty("sentence").GetString() ?? string.Empty, ReadGap(w, "motion"), ReadGap(w, "campaign"));
        }

        // Added after the first documents were written: absent and null both mean no group was named.
        private static GroupGap? ReadGap(JsonElement weakest, string name) =>
            weakest.TryGetProperty(name, out var g) && g.ValueKind != JsonValueKind.Null
                ? new GroupGap(g.GetProperty("name").GetString() ?? string.Empty, g.GetProperty("entered").GetInt64(),
                    g.GetProperty("movedOn").GetInt64(), g.GetProperty("conversion").GetDouble(), g.GetProperty("upperBound").GetDouble())
                : null;

        private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();

        private static DateOnly? Day(JsonElement e) => e.ValueKind == JsonValueKind.Null
            ? null
            : DateOnly.ParseExact(e.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static DateTime? Instant(JsonElement e) => e.ValueKind == JsonValueKind.Null
            ? null
            : DateTime.Parse(e.GetString()!, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }
}
