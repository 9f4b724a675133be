using System.IO;
using System.Linq;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests
{
    public class TransitionCsvReaderTests
    {
        private const string Created = "j1,,Prospect,2025-01-01T00:00:00Z,Inbound,Spring,0";

        [Theory]
        [InlineData("j1,Prospect,Qualified,2025-01-02T00:00:00Z,Inbound,Spring,0", 3, "unknown stage 'Qualified' in to_stage")]
        [InlineData("j1,Lead,MQL,2025-01-02T00:00:00Z,Inbound,Spring,0", 3, "unknown stage 'Lead' in from_stage")]
        [InlineData("j1,Prospect,MQL,02/01/2025,Inbound,Spring,0", 3, "moved_on '02/01/2025' is not an ISO 8601")]
        [InlineData("j1,Prospect,MQL,2025-02-30T00:00:00Z,Inbound,Spring,0", 3, "is not an ISO 8601")]
        [InlineData("j1,Prospect,MQL,2025-01-02T00:00:00Z,Inbound,Spring,1,250", 3, "expected 7 fields")]
        [InlineData("j1,Prospect,MQL,2025-01-02T00:00:00Z,Inbound,Spring,abc", 3, "mrr 'abc' is not a number")]
        [InlineData("j1,Prospect,MQL,2025-01-02T00:00:00Z,Inbound,Spring,-5", 3, "negative")]
        [InlineData("j1,Prospect,MQL,2024-12-31T00:00:00Z,Inbound,Spring,0", 3, "before its previous move on line 2")]
        [InlineData("j1,,Prospect,2025-01-01T00:00:00Z,Inbound,Spring,0", 3, "duplicate of line 2")]
        [InlineData("j1,,Prospect,2025-01-05T00:00:00Z,Inbound,Spring,0", 3, "is created again")]
        [InlineData("j1,SQL,Commit,2025-01-05T00:00:00Z,Inbound,Spring,0", 3, "moves from SQL, but it is at Prospect since line 2")]
        [InlineData("j2,MQL,SQL,2025-01-05T00:00:00Z,Inbound,Spring,0", 3, "no earlier row creates it")]
        [InlineData(",,Prospect,2025-01-05T00:00:00Z,Inbound,Spring,0", 3, "journey_id is empty")]
        public void ReadInto_BadRow_ErrorNamesTheLine(string badRow, int line, string expected)
        {
            var csv = Fixtures.Csv(Created, badRow);

            var error = Assert.Throws<MetricsInputException>(() => Fixtures.Compute(csv));

            Assert.Equal(line, error.Line);
            Assert.StartsWith($"line {line}: ", error.Message);
            Assert.Contains(expected, error.Message);
        }

        [Fact]
        public void ReadInto_ExitTwice_IsRejected()
        {
            var csv = Fixtures.Csv(Created,
                "j1,Prospect,Not a fit,2025-01-02T00:00:00Z,,,0",
                "j1,Prospect,Not a fit,2025-01-03T00:00:00Z,,,0");

            var error = Assert.Throws<MetricsInputException>(() => Fixtures.Compute(csv));

            Assert.Equal(4, error.Line);
            Assert.Contains("already left", error.Message);
        }

        [Fact]
        public void ReadInto_Lenient_SkipsAndCountsBadRowsAndKeepsTheRest()
        {
            // Row 3 (unknown stage) and row 5 (duplicate of row 4) are skipped; j1 still reaches MQL, j2 is created:
            // Prospect 2, MQL 1. Skipped 2, counted 3.
            var csv = Fixtures.Csv(Created,
                "j1,Prospect,Qualified,2025-01-02T00:00:00Z,Inbound,Spring,0",
                "j1,Prospect,MQL,2025-01-03T00:00:00Z,Inbound,Spring,0",
                "j1,Prospect,MQL,2025-01-03T00:00:00Z,Inbound,Spring,0",
                "j2,,Prospect,2025-01-03T00:00:00Z,Outbound,,0");

            var metrics = Fixtures.Compute(csv, new MetricsOptions { Lenient = true });

            Assert.Equal(2, metrics.Window.Skipped);
            Assert.Equal(3, metrics.Window.Transitions);
            Assert.Equal(new long[] { 2, 1, 0, 0, 0, 0, 0 }, metrics.Stages.Select(s => s.Volume));
        }

        [Fact]
        public void ReadInto_HeaderWithoutAColumn_FailsOnLineOne()
        {
            var csv = "journey_id,from_stage,to_stage,moved_on,motion,mrr\nj1,,Prospect,2025-01-01T00:00:00Z,Inbound,0\n";

            var error = Assert.Throws<MetricsInputException>(() => Fixtures.Compute(csv));

            Assert.Equal(1, error.Line);
            Assert.Contains("no column 'campaign'", error.Message);
        }

        [Fact]
        public void ReadInto_ColumnsInAnotherOrderAndQuotedNames_ReadTheSame()
        {
            // A campaign with a comma and a quote is quoted; the columns may come in any order.
            var csv = "mrr,campaign,motion,moved_on,to_stage,from_stage,journey_id\n"
                + "0,\"Spring, \"\"big\"\" push\",Inbound,2025-01-01T00:00:00Z,Prospect,,j1\n";

            var metrics = Fixtures.Compute(csv);

            Assert.Equal(new[] { "Spring, \"big\" push" }, metrics.ByCampaign.Keys);
        }

        [Fact]
        public void ReadInto_QuotedLineBreak_LaterLinesStillNumberedAsInAnEditor()
        {
            // Row 2 spans lines 2-3 (a line break inside the quoted campaign), so the bad row is on line 4.
            var csv = Fixtures.Csv("j1,,Prospect,2025-01-01T00:00:00Z,Inbound,\"two\nlines\",0",
                "j1,Prospect,Nowhere,2025-01-02T00:00:00Z,Inbound,,0");

            var error = Assert.Throws<MetricsInputException>(() => Fixtures.Compute(csv));

            Assert.Equal(4, error.Line);
        }

        [Fact]
        public void ReadInto_OffsetsAndFractions_AreConvertedToUtc()
        {
            // 2025-01-01T02:00+02:00 is midnight UTC; MQL 1.5 days later at 12:00:00.5Z → 1.5 days (+0.5 s).
            var csv = Fixtures.Csv("j1,,Prospect,2025-01-01T02:00:00+02:00,,,0",
                "j1,Prospect,MQL,2025-01-02T12:00:00.5Z,,,0");

            var metrics = Fixtures.Compute(csv);

            Assert.Equal(1.5, metrics.Stages[0].MedianDaysToNext!.Value, 4);
        }

        [Fact]
        public void ReadInto_RecurringChoiceLabelAndCase_AreAccepted()
        {
            var csv = Fixtures.Csv("j1,,live,2025-01-01T00:00:00Z,,,10",
                "j1,LIVE,Recurring (MRR/ARR),2025-01-02T00:00:00Z,,,10");

            var metrics = Fixtures.Compute(csv);

            Assert.Equal(1, metrics.Stages[BowtieModel.Position(BowtieStage.Recurring)].Volume);
        }

        [Fact]
        public void Compute_FromFile_SameAsFromText()
        {
            var path = Path.Combine(Path.GetTempPath(), $"metrics-{System.Guid.NewGuid():N}.csv");
            File.WriteAllText(path, Fixtures.SmallBowtie);
            try
            {
                var fromFile = TransitionCsvReader.Compute(path);

                Assert.Equal(MetricsJsonWriter.ToJson(Fixtures.Compute(Fixtures.SmallBowtie)), MetricsJsonWriter.ToJson(fromFile));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
