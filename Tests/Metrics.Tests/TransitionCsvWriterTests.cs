using System;
using System.IO;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests
{
    public class TransitionCsvWriterTests
    {
        [Fact]
        public void Write_Moves_ReadBackToTheSameMetrics()
        {
            // What the demo does: feed the engine and write the export from the same moves; both give the same JSON.
            var day = new DateTime(2025, 5, 1, 8, 30, 0, DateTimeKind.Utc);
            var moves = new[]
            {
                StageMove.Into("a", null, BowtieStage.Prospect, day, "Target", "Summit, \"EU\"", 0m),
                StageMove.Into("a", BowtieStage.Prospect, BowtieStage.Sql, day.AddHours(30.25), "Target", "Summit, \"EU\"", 0m),
                StageMove.Into("a", BowtieStage.Sql, BowtieStage.Commit, day.AddDays(9).AddTicks(1234567), "Target", null, 1234.5m),
                StageMove.Into("a", BowtieStage.Commit, BowtieStage.Live, day.AddDays(20), "Target", null, 1234.5m),
                StageMove.Into("b", null, BowtieStage.Prospect, day, null, null, 0m),
                StageMove.Leave("b", BowtieStage.Prospect, BowtieExit.NotAFit, day.AddDays(1)),
            };
            var direct = new MetricsBuilder();
            foreach (var move in moves)
            {
                direct.Add(move);
            }

            var text = new StringWriter();
            using (var writer = new TransitionCsvWriter(text))
            {
                foreach (var move in moves)
                {
                    writer.Write(move);
                }
            }

            Assert.StartsWith(TransitionCsv.Header + "\n", text.ToString());
            Assert.Contains("a,Prospect,SQL,2025-05-02T14:45:00Z,Target,\"Summit, \"\"EU\"\"\",0\n", text.ToString());
            Assert.Contains("b,Prospect,Not a fit,2025-05-02T08:30:00Z,,,0\n", text.ToString());
            Assert.Equal(MetricsJsonWriter.ToJson(direct.Build()), MetricsJsonWriter.ToJson(Fixtures.Compute(text.ToString())));
        }
    }
}
