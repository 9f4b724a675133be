using System;
using System.Globalization;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// The metrics JSON document (<c>funnel metrics --json</c>, the Custom API's MetricsJson): the window, then every
    /// figure by <see cref="MetricsJsonParts"/> — one writer, so the same metrics are the same bytes wherever computed.
    /// </summary>
    public static class MetricsDocument
    {
        public static string ToJson(BowtieMetrics metrics)
        {
            var json = new JsonText();
            json.StartObject();
            WriteWindow(json, metrics.Window);
            MetricsJsonParts.WriteStages(json, "stages", metrics.Stages);
            MetricsJsonParts.WriteBreakdown(json, "byMotion", metrics.ByMotion);
            MetricsJsonParts.WriteBreakdown(json, "byCampaign", metrics.ByCampaign);
            MetricsJsonParts.WriteRecurring(json, metrics.Recurring);
            MetricsJsonParts.WriteWeakest(json, metrics.Weakest);
            json.EndObject();
            return json.ToString();
        }

        /// <summary>An instant as the export and the document write it: "2025-03-01T09:30:00Z", a fraction only when there is one.</summary>
        public static string Timestamp(DateTime utc) => utc.Ticks % TimeSpan.TicksPerSecond == 0
            ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

        /// <summary>A cohort day as the document and the poster write it: "2025-03-01".</summary>
        public static string? Day(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static void WriteWindow(JsonText json, MetricsWindow window)
        {
            json.StartObject("window");
            json.String("from", Day(window.From));
            json.String("to", Day(window.To));
            json.String("asOf", window.AsOf is { } asOf ? Timestamp(asOf) : null);
            json.String("retentionFrom", window.RetentionFrom is { } start ? Timestamp(start) : null);
            json.Number("journeys", window.Journeys);
            if (window.Transitions is { } transitions)
            {
                json.Number("transitions", transitions);
            }
            else
            {
                json.Null("transitions");
            }

            json.Number("skipped", window.Skipped);
            json.EndObject();
        }
    }
}
