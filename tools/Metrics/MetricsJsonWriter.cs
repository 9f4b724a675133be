using System.Globalization;
using System.IO;
using System.Text;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// Writes <see cref="BowtieMetrics"/> as the metrics JSON document: the window here, every figure by the shared
    /// <see cref="MetricsJsonParts"/> (the plugins write the same) — same metrics, same bytes.
    /// </summary>
    public static class MetricsJsonWriter
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

        public static void Write(BowtieMetrics metrics, Stream output)
        {
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToJson(metrics));
            output.Write(bytes, 0, bytes.Length);
        }

        public static void Write(BowtieMetrics metrics, string path)
        {
            using var file = File.Create(path);
            Write(metrics, file);
        }

        private static void WriteWindow(JsonText json, MetricsWindow window)
        {
            json.StartObject("window");
            json.String("from", window.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.String("to", window.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.String("asOf", window.AsOf is { } asOf ? IsoTimestamp.Format(asOf) : null);
            json.String("retentionFrom", window.RetentionFrom is { } start ? IsoTimestamp.Format(start) : null);
            json.Number("journeys", window.Journeys);
            json.Number("transitions", window.Transitions);
            json.Number("skipped", window.Skipped);
            json.EndObject();
        }
    }
}
