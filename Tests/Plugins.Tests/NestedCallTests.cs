using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>A journey moved by another plugin's nested call is held by the same rules, in the caller's transaction.</summary>
    public class NestedCallTests
    {
        private static Guid AccountFor(DataverseFunnel.InMemory.InMemoryOrganization org) => org.CreateService().Create(new Entity("account") { ["name"] = "Contoso" });

        [Fact]
        public void Update_FromAnotherPlugin_MovesAndRecordsTheInitiatingUser()
        {
            var org = BowtieOrg.Create(null, typeof(AccountCommitsJourneyPlugin));
            var seller = new Guid("bbbbbbbb-0000-0000-0000-000000000002");
            org.Seed(new Entity("systemuser", seller) { ["fullname"] = "Sam Seller" });
            var journey = org.JourneyAt(BowtieStage.Sql);
            var account = AccountFor(org);

            org.CreateService(seller).Update(new Entity("account", account) { ["description"] = journey + "|Commit" });

            Assert.Equal(BowtieStage.Commit, org.StageOf(journey));
            var row = org.History(journey).Last();
            Assert.Equal("SQL → Commit", row.GetAttributeValue<string>(StageTransitionColumns.Name));
            Assert.Equal(seller, row.RefId(StageTransitionColumns.MovedBy));
        }

        [Fact]
        public void Update_FromAnotherPluginRefused_RollsBackTheCallersSaveToo()
        {
            var org = BowtieOrg.Create(null, typeof(AccountCommitsJourneyPlugin));
            var journey = org.JourneyAt(BowtieStage.Sql);
            var account = AccountFor(org);
            var rows = org.Count(StageTransitionColumns.Table);

            var message = Refused(() => org.CreateService().Update(new Entity("account", account) { ["description"] = journey + "|Live" }));

            Assert.Contains("one stage at a time", message);
            Assert.Null(org.Peek("account", account)!.GetAttributeValue<string>("description"));
            Assert.Equal(BowtieStage.Sql, org.StageOf(journey));
            Assert.False(org.Stored(journey).GetAttributeValue<bool>("bowtie_tradedone"));
            Assert.Equal(rows, org.Count(StageTransitionColumns.Table));
        }
    }
}
