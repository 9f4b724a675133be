using System;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.History;

namespace DataverseFunnel.Plugins.Tests.Bowtie.History
{
    public class HistoryGuardTests
    {
        private static readonly Guid Admin = new Guid("aaaaaaaa-0000-0000-0000-000000000001");
        private static readonly Guid Seller = new Guid("bbbbbbbb-0000-0000-0000-000000000002");

        private static HistoryGuard CreateSut() =>
            new HistoryGuard(BowtieOptionsReader.Read("{\"historyCorrectors\": [\"" + Admin + "\"]}").Options!);

        private static HistoryWrite Write(HistoryOperation op, Guid caller, string? reason = null, bool byBowtie = false) =>
            new HistoryWrite(op, byBowtie, caller, reason, "MQL → SQL", new[] { "bowtie_campaign", "bowtie_correctionreason" });

        [Fact]
        public void Decide_CreateByBowtie_Allowed()
        {
            var decision = CreateSut().Decide(Write(HistoryOperation.Create, Seller, byBowtie: true));

            Assert.True(decision.IsAllowed);
            Assert.False(decision.IsCorrection);
        }

        [Theory]
        [InlineData("Create", "can't be added by hand")]
        [InlineData("Update", "can't be changed or deleted")]
        [InlineData("Delete", "can't be changed or deleted")]
        public void Decide_SellerWrite_Refused(string operation, string expected)
        {
            var decision = CreateSut().Decide(Write((HistoryOperation)Enum.Parse(typeof(HistoryOperation), operation), Seller, "I want to"));

            Assert.False(decision.IsAllowed);
            Assert.Contains(expected, decision.Message);
        }

        [Fact]
        public void Decide_UpdateByBowtieMarkerWithoutAdmin_StillRefused()
        {
            Assert.False(CreateSut().Decide(Write(HistoryOperation.Update, Seller, byBowtie: true)).IsAllowed);
        }

        [Fact]
        public void Decide_AdminWithoutReason_RefusedAskingForReason()
        {
            var decision = CreateSut().Decide(Write(HistoryOperation.Update, Admin, " "));

            Assert.False(decision.IsAllowed);
            Assert.Contains("Correction reason", decision.Message);
        }

        [Fact]
        public void Decide_AdminUpdateWithReason_IsRecordedCorrection()
        {
            var decision = CreateSut().Decide(Write(HistoryOperation.Update, Admin, " Wrong campaign "));

            Assert.True(decision.IsAllowed);
            Assert.Equal("Correction of 'MQL → SQL': bowtie_campaign", decision.CorrectionTitle);
            Assert.Equal("Wrong campaign", decision.CorrectionReason);
        }

        [Fact]
        public void Decide_AdminDelete_NeedsReasonOnRowAndIsRecorded()
        {
            Assert.Contains("first give it a correction reason", CreateSut().Decide(Write(HistoryOperation.Delete, Admin)).Message);
            Assert.Equal("Correction: deleted 'MQL → SQL'", CreateSut().Decide(Write(HistoryOperation.Delete, Admin, "Duplicate")).CorrectionTitle);
        }

        [Fact]
        public void Decide_NoCorrectorsConfigured_EvenAdminRefused()
        {
            var sut = new HistoryGuard(BowtieOptions.Default);

            Assert.False(sut.Decide(Write(HistoryOperation.Update, Admin, "fix")).IsAllowed);
        }

        [Fact]
        public void Decide_OwnerOnlyUpdate_AllowedWithoutCorrection()
        {
            // The relationship cascades Assign: the rows follow their journey's owner, their content stays.
            var decision = CreateSut().Decide(new HistoryWrite(HistoryOperation.Update, false, Seller, null, "MQL → SQL", new[] { "ownerid" }));

            Assert.True(decision.IsAllowed);
            Assert.False(decision.IsCorrection);
        }

        [Fact]
        public void Decide_OwnerAndContentUpdate_StillRefused()
        {
            var decision = CreateSut().Decide(new HistoryWrite(HistoryOperation.Update, false, Seller, null, "MQL → SQL", new[] { "bowtie_mrr", "ownerid" }));

            Assert.False(decision.IsAllowed);
        }
    }
}
