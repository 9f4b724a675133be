using System.IO;
using System.Text;

namespace DataverseFunnel.Metrics
{
    /// <summary>Writes <see cref="BowtieMetrics"/> as the metrics JSON document (<see cref="MetricsDocument"/>, shared with the plugins).</summary>
    public static class MetricsJsonWriter
    {
        public static string ToJson(BowtieMetrics metrics) => MetricsDocument.ToJson(metrics);

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
    }
}
