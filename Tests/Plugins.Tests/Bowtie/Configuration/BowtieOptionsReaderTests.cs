using System;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Tests.Bowtie.Configuration
{
    public class BowtieOptionsReaderTests
    {
        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("  \n")]
        [InlineData("{}")]
        public void Read_Empty_GivesDefaults(string? configuration)
        {
            var options = BowtieOptionsReader.Read(configuration).Options!;

            Assert.False(options.AllowSkip);
            Assert.True(options.AllowLaterStageOnCreate);
            Assert.True(options.AllowRecycle);
            Assert.False(options.RequireReasonForReactivation);
            Assert.Empty(options.HistoryCorrectors);
            Assert.Equal("Trade done", options.CriterionFor(BowtieModel.ProcessLeaving(BowtieStage.Sql)!).Describe());
        }

        [Fact]
        public void Read_AllKeys_AreApplied()
        {
            var result = BowtieOptionsReader.Read(
                "{ \"allowSkip\": true, \"allowLaterStageOnCreate\": false, \"allowRecycle\": false, \"requireReasonForReactivation\": true," +
                "  \"exitCriteria\": { \"selling\": { \"anyOf\": [\"Propose\", \"trade\"] }, \"Onboarding\": { \"allOf\": [\"Pre-boarding\", \"onboarding\"] }, \"Grow\": {} }," +
                "  \"historyCorrectors\": [\"aaaaaaaa-0000-0000-0000-000000000001\"] }");

            Assert.Null(result.Error);
            var options = result.Options!;
            Assert.True(options.AllowSkip);
            Assert.False(options.AllowLaterStageOnCreate);
            Assert.False(options.AllowRecycle);
            Assert.True(options.RequireReasonForReactivation);
            Assert.Equal("one of Propose or Trade done", options.CriterionFor(BowtieModel.ProcessLeaving(BowtieStage.Sql)!).Describe());
            Assert.Equal("Pre-boarding and Onboarding done", options.CriterionFor(BowtieModel.ProcessLeaving(BowtieStage.Commit)!).Describe());
            Assert.True(options.CriterionFor(BowtieModel.ProcessLeaving(BowtieStage.Recurring)!).IsNone);
            Assert.Equal("Usage done", options.CriterionFor(BowtieModel.ProcessLeaving(BowtieStage.Live)!).Describe());
            Assert.Equal(new[] { new Guid("aaaaaaaa-0000-0000-0000-000000000001") }, options.HistoryCorrectors);
        }

        [Theory]
        [InlineData("{\"alowSkip\": true}", "unknown key 'alowSkip'")]
        [InlineData("{\"AllowSkip\": true}", "did you mean 'allowSkip'")]
        [InlineData("{\"allowSkip\": \"yes\"}", "'allowSkip' must be true or false, not the text \"yes\"")]
        [InlineData("{\"allowRecycle\": 1}", "'allowRecycle' must be true or false, not the number 1")]
        [InlineData("{\"exitCriteria\": []}", "'exitCriteria' must be an object")]
        [InlineData("{\"exitCriteria\": {\"Sales\": {}}}", "unknown process 'exitCriteria.Sales'")]
        [InlineData("{\"exitCriteria\": {\"Selling\": {\"oneOf\": []}}}", "unknown key 'exitCriteria.Selling.oneOf'")]
        [InlineData("{\"exitCriteria\": {\"Selling\": {\"allOf\": [\"Negotiation\"]}}}", "'exitCriteria.Selling.allOf[0]' is the text \"Negotiation\", not a task of Selling")]
        [InlineData("{\"exitCriteria\": {\"Selling\": {\"allOf\": [\"SEO\"]}}}", "is SEO, which is not a task of Selling (Discovery, Demo, Propose, Trade)")]
        [InlineData("{\"exitCriteria\": {\"Selling\": [\"Trade\"]}}", "'exitCriteria.Selling' must be {}")]
        [InlineData("{\"historyCorrectors\": [\"bob\"]}", "'historyCorrectors[0]' must be a user id")]
        [InlineData("[true]", "must be a JSON object")]
        [InlineData("{\"allowSkip\": true,}", "not valid JSON: expected a key in double quotes at character 20")]
        [InlineData("{\"allowSkip\": True}", "not valid JSON")]
        [InlineData("{\"allowSkip\": true, \"allowSkip\": false}", "the key 'allowSkip' appears twice")]
        public void Read_BadConfiguration_NamesWhatToFix(string configuration, string expected)
        {
            var result = BowtieOptionsReader.Read(configuration);

            Assert.False(result.IsValid);
            Assert.Null(result.Options);
            Assert.StartsWith("The bowtie step configuration is not valid: ", result.Error);
            Assert.Contains(expected, result.Error);
            Assert.EndsWith("(or leave it empty for the defaults).", result.Error);
        }

        [Fact]
        public void Read_OneMegabyteOfText_RefusedWithoutParsing()
        {
            var result = BowtieOptionsReader.Read("{\"x\": \"" + new string('a', 1 << 20) + "\"}");

            Assert.Contains("1,048,585 characters long; the limit is 65,536", result.Error);
        }
    }
}
