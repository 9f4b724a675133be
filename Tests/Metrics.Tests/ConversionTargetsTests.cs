using System;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests
{
    public class ConversionTargetsTests
    {
        [Fact]
        public void Parse_KeysByStagesOrProcess_OverrideOnlyThoseNamed()
        {
            var targets = ConversionTargets.Parse("""{"MQL→SQL": 0.3, "sql->commit": 0.4, "Grow": 0.5}""");

            Assert.Equal(0.20, targets.For(BowtieStage.Prospect));
            Assert.Equal(0.3, targets.For(BowtieStage.Mql));
            Assert.Equal(0.4, targets.For(BowtieStage.Sql));
            Assert.Equal(0.5, targets.For(BowtieStage.Recurring));
            Assert.Null(targets.For(BowtieStage.Ltv));
        }

        [Theory]
        [InlineData("""{"MQL->Commit": 0.3}""", "Unknown process 'MQL->Commit'")]
        [InlineData("""{"Prospecting": 25}""", "between 0 and 1")]
        [InlineData("""[0.2]""", "one JSON object")]
        [InlineData("""{oops""", "not valid JSON")]
        public void Parse_BadFile_SaysWhatToWrite(string json, string expected)
        {
            var error = Assert.Throws<FormatException>(() => ConversionTargets.Parse(json));

            Assert.Contains(expected, error.Message);
        }
    }
}
