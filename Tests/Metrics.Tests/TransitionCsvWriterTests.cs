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
    
        [Fact]
        public void Rows_are_written_exactly_whether_or_not_a_field_needs_quotes()
        {
            var day = new DateTime(2025, 5, 1, 8, 30, 0, DateTimeKind.Utc);
            var text = new StringWriter();
            using (var writer = new TransitionCsvWriter(text))
            {
                writer.Write(StageMove.Into("0b5e-j", null, BowtieStage.Prospect, day, "Inbound", "Spring", 0m));
                writer.Write(StageMove.Into("0b5e-j", BowtieStage.Prospect, BowtieStage.Mql, day.AddTicks(1234567), null, null, 1234.50m));
                writer.Write(StageMove.Leave("k", BowtieStage.Live, BowtieExit.OffBoarded, day.AddDays(3), "Target", "Fair, \"Q1\"", -12.5m));
                writer.Write(StageMove.Into("l\nm", null, BowtieStage.Prospect, new DateTime(2025, 5, 1, 10, 30, 0, DateTimeKind.Local), null, "q", 7m));
                writer.Write(StageMove.Into("p", null, BowtieStage.Prospect, new DateTime(2025, 5, 1, 10, 30, 0, DateTimeKind.Local), null, new string('x', 600), 7m));
            }

            var local = new DateTime(2025, 5, 1, 10, 30, 0, DateTimeKind.Local).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(
                TransitionCsv.Header + "\n"
                + "0b5e-j,,Prospect,2025-05-01T08:30:00Z,Inbound,Spring,0\n"
                + "0b5e-j,Prospect,MQL,2025-05-01T08:30:00.1234567Z,,,1234.50\n"
                + "k,Live,Off-boarded,2025-05-04T08:30:00Z,Target,\"Fair, \"\"Q1\"\"\",-12.5\n"
                + "\"l\nm\",,Prospect," + local + ",,q,7\n"
                + "p,,Prospect," + local + ",," + new string('x', 600) + ",7\n",
                text.ToString());
        }

        [Theory]
        [InlineData(0L)]
        [InlineData(1L)]
        [InlineData(9_999_999L)]
        [InlineData(10_000_000L)]
        [InlineData(638_500_000_000_000_000L)]
        [InlineData(638_500_000_001_234_567L)]
        public void The_span_timestamp_is_the_documents_timestamp(long ticks)
        {
            var utc = new DateTime(ticks, DateTimeKind.Utc);
            Span<char> buffer = stackalloc char[40];

            Assert.True(IsoTimestamp.TryFormat(utc, buffer, out var written));
            Assert.Equal(IsoTimestamp.Format(utc), buffer[..written].ToString());
            Assert.Equal(IsoTimestamp.Format(utc), IsoTimestamp.TryFormat(DateTime.SpecifyKind(utc, DateTimeKind.Unspecified), buffer, out written) ? buffer[..written].ToString() : null);
            Assert.False(IsoTimestamp.TryFormat(utc, buffer[..(IsoTimestamp.Format(utc).Length - 1)], out _));
        }
    }
}
