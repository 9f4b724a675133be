using System;
using System.IO;
using System.Xml.Linq;
using DataverseFunnel.Cli;

namespace DataverseFunnel.Funnel.Tests
{
    /// <summary><c>funnel poster</c> end to end: metrics JSON in, SVG or PNG out (Console is shared: "Console" collection).</summary>
    [Collection("Console")]
    public sealed class PosterCommandTests : IDisposable
    {
        private const string Transitions = """
            journey_id,from_stage,to_stage,moved_on,motion,campaign,mrr
            a,,Prospect,2025-01-01T00:00:00Z,Inbound,Spring,0
            b,,Prospect,2025-01-02T00:00:00Z,Outbound,Spring,0
            a,Prospect,MQL,2025-01-05T00:00:00Z,Inbound,Spring,0
            """;

        private readonly string folder = Path.Combine(Path.GetTempPath(), $"poster-cli-{Guid.NewGuid():N}");

        public PosterCommandTests() => Directory.CreateDirectory(folder);

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Fact]
        public void Run_MetricsToSvg_WritesTheBowtie()
        {
            var metrics = Metrics();
            var svg = Path.Combine(folder, "poster.svg");

            var (exit, output, _) = Cli.Run("poster", "--metrics", metrics, "--out", svg);

            Assert.Equal(0, exit);
            Assert.Equal(svg, output.Trim());
            var document = XDocument.Load(svg);
            Assert.Equal("svg", document.Root!.Name.LocalName);
            Assert.Contains("Prospecting", document.ToString());
        }

        [Fact]
        public void Run_WrongExtension_ExitTwoAndNothingWritten()
        {
            var (exit, _, error) = Cli.Run("poster", "--metrics", Metrics(), "--out", Path.Combine(folder, "poster.pdf"));

            Assert.Equal(2, exit);
            Assert.Contains(".svg, .png or .html", error);
            Assert.False(File.Exists(Path.Combine(folder, "poster.pdf")));
        }

        [Fact]
        public void Run_NotAMetricsFile_ExitTwoWithOneLine()
        {
            var notMetrics = Path.Combine(folder, "t.csv");
            File.WriteAllText(notMetrics, Transitions);

            var (exit, _, error) = Cli.Run("poster", "--metrics", notMetrics, "--out", Path.Combine(folder, "poster.svg"));

            Assert.Equal(2, exit);
            Assert.Single(error.Trim().Split('\n'));
            Assert.Contains("Not a metrics document", error);
        }

        private string Metrics()
        {
            var csv = Path.Combine(folder, "t.csv");
            var json = Path.Combine(folder, "metrics.json");
            File.WriteAllText(csv, Transitions);
            Assert.Equal(0, Cli.Run("metrics", "--transitions", csv, "--out", json).Exit);
            return json;
        }
    }
}
