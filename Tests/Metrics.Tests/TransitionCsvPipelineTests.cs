using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests
{
    /// <summary>
    /// The reader parses on a second thread in batches: inputs of many batches must give the same figures as the
    /// single-threaded move API, and errors must still come in file order with their line.
    /// </summary>
    public class TransitionCsvPipelineTests
    {
        private const int Journeys = 12_000; // 3 rows each: several parser batches
        private static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        [Fact]
        public void ReadInto_ManyBatches_SameJsonAsTheMoveApi()
        {
            var csv = Csv(Rows());
            var builder = new MetricsBuilder();
            foreach (var move in Moves())
            {
                builder.Add(move);
            }

            Assert.Equal(MetricsJsonWriter.ToJson(builder.Build()), MetricsJsonWriter.ToJson(Fixtures.Compute(csv)));
        }

        [Theory]
        [InlineData(3)]
        [InlineData(20_000)]
        [InlineData((Journeys * 3) - 1)]
        public void ReadInto_BadRowInAnyBatch_ErrorNamesItsLine(int badIndex)
        {
            var rows = Rows();
            rows[badIndex] = "x1,SQL,Commit,2025-01-05T00:00:00Z,,,0"; // line = index + 2 (header is line 1)

            var error = Assert.Throws<MetricsInputException>(() => Fixtures.Compute(Csv(rows)));

            Assert.Equal(badIndex + 2, error.Line);
            Assert.Contains("no earlier row creates it", error.Message);
        }

        [Fact]
        public void ReadInto_EngineErrorBeforeParseError_EarlierLineWins()
        {
            var rows = Rows();
            rows[30_000] = "j1,Prospect,Qualified,2025-01-02T00:00:00Z,,,0"; // the parser rejects this one
            rows[10_000] = "j1,,Prospect,2026-01-05T00:00:00Z,,,0"; // the engine rejects this earlier one

            var error = Assert.Throws<MetricsInputException>(() => Fixtures.Compute(Csv(rows)));

            Assert.Equal(10_002, error.Line);
            Assert.Contains("is created again", error.Message);
        }

        [Fact]
        public void ReadInto_LenientAcrossBatches_CountsEveryBadRow()
        {
            var rows = Rows();
            var bad = new[] { 5, 9_002, 17_000, 35_000 }; // each a journey's last row, so nothing else depends on it
            foreach (var index in bad)
            {
                rows[index] = "zz,Prospect,MQL,not a time,,,0";
            }

            var metrics = Fixtures.Compute(Csv(rows), new MetricsOptions { Lenient = true });

            Assert.Equal(bad.Length, metrics.Window.Skipped);
            Assert.Equal(rows.Count - bad.Length, metrics.Window.Transitions);
        }

        [Fact]
        public void ReadInto_ReaderFailsMidFile_RowsBeforeItStillCountFirst()
        {
            var rows = Rows();
            rows[100] = "j7,,Prospect,2025-01-05T00:00:00Z,,,0"; // rejected by the engine before the reader fails
            var text = Csv(rows);

            var error = Assert.Throws<MetricsInputException>(() =>
                TransitionCsvReader.ReadInto(new FailingReader(text, text.Length / 2), new MetricsBuilder()));
            Assert.Equal(102, error.Line);

            var lenient = new MetricsBuilder(new MetricsOptions { Lenient = true });
            Assert.Throws<IOException>(() => TransitionCsvReader.ReadInto(new FailingReader(text, text.Length / 2), lenient));
        }

        // Journey i: created, to MQL, and every third on to SQL or out; ids are GUIDs or text, motions and campaigns vary.
        private static List<string> Rows()
        {
            var rows = new List<string>();
            foreach (var move in Moves())
            {
                var to = move.To is { } stage ? stage.Name() : move.Exit!.Value.Name();
                rows.Add(string.Join(',', move.JourneyId, move.From?.Name() ?? "", to,
                    move.MovedOnUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    move.Motion ?? "", move.Campaign ?? "", move.Mrr.ToString(CultureInfo.InvariantCulture)));
            }

            return rows;
        }

        private static IEnumerable<StageMove> Moves()
        {
            string[] motions = { "Inbound", "Outbound", "Target" };
            for (var i = 0; i < Journeys; i++)
            {
                var id = i % 2 == 0 ? new Guid(i, 0, 0, new byte[8]).ToString("D") : $"j{i}";
                var at = Start.AddHours(i);
                var motion = i % 5 == 0 ? null : motions[i % 3];
                var campaign = $"C{i % 7}";
                yield return StageMove.Into(id, null, BowtieStage.Prospect, at, motion, campaign);
                yield return StageMove.Into(id, BowtieStage.Prospect, BowtieStage.Mql, at.AddDays(1 + (i % 11)), motion, campaign);
                yield return i % 3 == 0
                    ? StageMove.Leave(id, BowtieStage.Mql, BowtieExit.NotAFit, at.AddDays(20), motion, campaign)
                    : StageMove.Into(id, BowtieStage.Mql, BowtieStage.Sql, at.AddDays(15 + (i % 13)), motion, campaign, 10m * (i % 4));
            }
        }

        private static string Csv(List<string> rows) => Fixtures.Csv(rows.ToArray());

        /// <summary>Reads <paramref name="text"/>, then fails with an I/O error after <paramref name="failAt"/> characters.</summary>
        private sealed class FailingReader(string text, int failAt) : TextReader
        {
            private int position;

            public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

            public override int Read(Span<char> buffer)
            {
                if (position >= failAt)
                {
                    throw new IOException("the disk went away");
                }

                var count = Math.Min(buffer.Length, failAt - position);
                text.AsSpan(position, count).CopyTo(buffer);
                position += count;
                return count;
            }
        }
    }
}
