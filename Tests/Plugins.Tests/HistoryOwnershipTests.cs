using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>
    /// Stage history is owned like its journey (written as SYSTEM, owner = the journey's owner; the relationship cascades
    /// Assign), so a seller with business-unit read of journeys reads the history of exactly those journeys.
    /// </summary>
    public class HistoryOwnershipTests
    {
        private static readonly Guid Seller = new Guid("5e11e400-0000-0000-0000-000000000001");
        private static readonly Guid SuccessManager = new Guid("5e11e400-0000-0000-0000-000000000002");

        [Fact]
        public void Rows_AreOwnedByTheJourneysCreator_NotSystem()
        {
            var org = BowtieOrg.Create();

            var id = org.CreateService(Seller).Create(Journey(BowtieStage.Sql, "Imported from the old CRM"));

            Assert.Equal(Seller, org.Stored(id).RefId(JourneyColumns.Owner));
            Assert.All(org.History(id), r => Assert.Equal(Seller, r.RefId(StageTransitionColumns.Owner)));
            Assert.All(org.History(id), r => Assert.Equal(org.SystemUserId, r.RefId("createdby"))); // still written as SYSTEM
        }

        [Fact]
        public void Rows_FollowAnOwnerGivenOnCreate()
        {
            var org = BowtieOrg.Create();
            var journey = Journey();
            journey[JourneyColumns.Owner] = new EntityReference("systemuser", SuccessManager);

            var id = org.CreateService(Seller).Create(journey);

            Assert.Equal(SuccessManager, Assert.Single(org.History(id)).RefId(StageTransitionColumns.Owner));
        }

        [Fact]
        public void AssigningTheJourney_ReassignsItsHistory_AndLaterMovesAreOwnedByTheNewOwner()
        {
            var org = BowtieOrg.Create();
            var service = org.CreateService(Seller);
            var id = service.Create(Journey());
            service.Update(Change(id, Done(BowtieTask.Seo), Stage(BowtieStage.Mql)));

            service.Update(Change(id, (JourneyColumns.Owner, new EntityReference("systemuser", SuccessManager))));
            org.CreateService(SuccessManager).Update(Change(id, Done(BowtieTask.Inbound), Stage(BowtieStage.Sql)));

            var rows = org.History(id);
            Assert.Equal(new[] { "Created at Prospect", "Prospect → MQL", "MQL → SQL" }, rows.Titles());
            Assert.All(rows, r => Assert.Equal(SuccessManager, r.RefId(StageTransitionColumns.Owner)));
            Assert.DoesNotContain(rows, r => r.Choice(StageTransitionColumns.Kind) == (int)TransitionKind.Correction); // following the owner is no correction
        }

        [Fact]
        public void AnotherJourneysAssign_LeavesThisHistoryAlone()
        {
            var org = BowtieOrg.Create();
            var service = org.CreateService(Seller);
            var mine = service.Create(Journey());
            var other = service.Create(Journey());

            service.Update(Change(other, (JourneyColumns.Owner, new EntityReference("systemuser", SuccessManager))));

            Assert.Equal(Seller, Assert.Single(org.History(mine)).RefId(StageTransitionColumns.Owner));
            Assert.Equal(SuccessManager, Assert.Single(org.History(other)).RefId(StageTransitionColumns.Owner));
        }

        [Fact]
        public void EditingAHistoryRowWithItsOwner_StillRefused()
        {
            var org = BowtieOrg.Create();
            var id = org.CreateService(Seller).Create(Journey());
            var row = Assert.Single(org.History(id));

            var message = Refused(() => org.CreateService(Seller).Update(new Entity(StageTransitionColumns.Table, row.Id)
            {
                [StageTransitionColumns.Owner] = new EntityReference("systemuser", SuccessManager),
                [StageTransitionColumns.Campaign] = "Something else",
            }));

            Assert.Contains("can't be changed or deleted", message);
            Assert.Equal(Seller, org.History(id).Single().RefId(StageTransitionColumns.Owner));
        }
    }
}
