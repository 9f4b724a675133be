using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>Stage history is append-only: only the bowtie writes it; only a listed administrator corrects it, and that is recorded.</summary>
    public class StageHistoryGuardPluginTests
    {
        private static readonly Guid Admin = new Guid("aaaaaaaa-0000-0000-0000-000000000001");

        private static DataverseFunnel.InMemory.InMemoryOrganization CreateOrg()
        {
            var org = BowtieOrg.Create("{\"historyCorrectors\": [\"" + Admin + "\"]}");
            org.Seed(new Entity("systemuser", Admin) { ["fullname"] = "Ada Admin" });
            return org;
        }

        [Fact]
        public void Update_BySeller_RefusedAndUnchanged()
        {
            var org = CreateOrg();
            var id = org.JourneyAt(BowtieStage.Mql);
            var row = org.History(id).Last();

            var message = Refused(() => org.CreateService().Update(new Entity(StageTransitionColumns.Table, row.Id) { [StageTransitionColumns.Campaign] = "Better campaign" }));

            Assert.Contains("can't be changed or deleted", message);
            Assert.Equal("Spring webinar", org.Peek(StageTransitionColumns.Table, row.Id)!.GetAttributeValue<string>(StageTransitionColumns.Campaign));
        }

        [Fact]
        public void Delete_BySeller_Refused()
        {
            var org = CreateOrg();
            var id = org.JourneyAt(BowtieStage.Mql);
            var row = org.History(id).Last();

            Refused(() => org.CreateService().Delete(StageTransitionColumns.Table, row.Id));

            Assert.NotNull(org.Peek(StageTransitionColumns.Table, row.Id));
        }

        [Fact]
        public void Create_ByHand_Refused()
        {
            var org = CreateOrg();
            var id = org.JourneyAt(BowtieStage.Mql);
            var count = org.Count(StageTransitionColumns.Table);

            var message = Refused(() => org.CreateService().Create(new Entity(StageTransitionColumns.Table)
            {
                [StageTransitionColumns.Name] = "MQL → SQL",
                [StageTransitionColumns.Journey] = new EntityReference(JourneyColumns.Table, id),
            }));

            Assert.Contains("can't be added by hand", message);
            Assert.Equal(count, org.Count(StageTransitionColumns.Table));
        }

        [Fact]
        public void Update_ByAdministratorWithReason_AllowedAndRecordedAsCorrection()
        {
            var org = CreateOrg();
            var id = org.JourneyAt(BowtieStage.Mql);
            var row = org.History(id).Last();

            org.CreateService(Admin).Update(new Entity(StageTransitionColumns.Table, row.Id)
            {
                [StageTransitionColumns.Campaign] = "Autumn webinar",
                [StageTransitionColumns.CorrectionReason] = "The lead came from the autumn webinar",
            });

            Assert.Equal("Autumn webinar", org.Peek(StageTransitionColumns.Table, row.Id)!.GetAttributeValue<string>(StageTransitionColumns.Campaign));
            var correction = org.History(id).Last();
            Assert.Equal((int)TransitionKind.Correction, correction.Choice(StageTransitionColumns.Kind));
            Assert.Equal("Correction of 'Prospect → MQL': bowtie_campaign", correction.GetAttributeValue<string>(StageTransitionColumns.Name));
            Assert.Equal("The lead came from the autumn webinar", correction.GetAttributeValue<string>(StageTransitionColumns.Reason));
            Assert.Equal(Admin, correction.RefId(StageTransitionColumns.MovedBy));
        }

        [Fact]
        public void Update_ByAdministratorWithoutReason_Refused()
        {
            var org = CreateOrg();
            var id = org.JourneyAt(BowtieStage.Mql);

            var message = Refused(() => org.CreateService(Admin).Update(new Entity(StageTransitionColumns.Table, org.History(id).Last().Id) { [StageTransitionColumns.Campaign] = "x" }));

            Assert.Contains("Correction reason", message);
        }

        [Fact]
        public void Delete_ByAdministratorAfterMarkingTheRow_RecordedTwice()
        {
            var org = CreateOrg();
            var id = org.JourneyAt(BowtieStage.Mql);
            var row = org.History(id).Last();
            var admin = org.CreateService(Admin);

            Assert.Contains("first give it a correction reason", Refused(() => admin.Delete(StageTransitionColumns.Table, row.Id)));
            admin.Update(new Entity(StageTransitionColumns.Table, row.Id) { [StageTransitionColumns.CorrectionReason] = "Recorded twice by an import" });
            admin.Delete(StageTransitionColumns.Table, row.Id);

            Assert.Null(org.Peek(StageTransitionColumns.Table, row.Id));
            Assert.Equal(new[] { "Correction of 'Prospect → MQL'", "Correction: deleted 'Prospect → MQL'" }, org.History(id).TakeLast(2).Titles());
        }
    }
}
