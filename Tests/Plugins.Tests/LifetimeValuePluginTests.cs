using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Revenue;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>LTV is kept by the stage guard from MRR over time (<see cref="LifetimeValue"/>), never typed.</summary>
    public class LifetimeValuePluginTests
    {
        private const string OffBoardReason = "Moved to an in-house system";

        [Fact]
        public void GoLive_StartsTheClock_ThenAnMrrChangeAddsWhatTheOldMrrEarned()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Live);
            var live = org.Stored(id);
            Assert.Equal(0m, live.MoneyValue(JourneyColumns.Ltv));
            Assert.Equal(Start, live.GetAttributeValue<DateTime>(JourneyColumns.LtvAsOf));
            org.AdvanceClock(Start.AddMonths(2) - Start);

            org.CreateService().Update(Change(id, (JourneyColumns.Mrr, new Money(1500m))));

            var grown = org.Stored(id);
            Assert.Equal(2000m, grown.MoneyValue(JourneyColumns.Ltv)); // 1,000 × 2 months
            Assert.Equal(Start.AddMonths(2), grown.GetAttributeValue<DateTime>(JourneyColumns.LtvAsOf));
        }

        [Fact]
        public void MrrBeforeLive_EarnsNothing()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Commit);
            org.AdvanceClock(TimeSpan.FromDays(60));

            org.CreateService().Update(Change(id, (JourneyColumns.Mrr, new Money(1500m))));

            Assert.False(org.Stored(id).Contains(JourneyColumns.Ltv));
        }

        [Fact]
        public void OffBoard_StopsTheClockWithWhatWasEarned()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Recurring);
            org.AdvanceClock(Start.AddMonths(1) - Start);

            org.CreateService().Update(Change(id, Exit(BowtieExit.OffBoarded), Reason(OffBoardReason)));
            org.AdvanceClock(TimeSpan.FromDays(90));

            Assert.Equal(1000m, org.Stored(id).MoneyValue(JourneyColumns.Ltv));
            Assert.Equal(Start.AddMonths(1), org.Stored(id).GetAttributeValue<DateTime>(JourneyColumns.LtvAsOf));
        }

        [Theory]
        [InlineData(JourneyColumns.Ltv)]
        [InlineData(JourneyColumns.LtvAsOf)]
        public void TypedLtv_OnUpdate_RefusedAndNothingWritten(string column)
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Live);
            var rows = org.History(id).Count;
            object value = column == JourneyColumns.Ltv ? new Money(99999m) : (object)Start.AddYears(-1);

            var message = Refused(() => org.CreateService().Update(Change(id, (column, value), Stage(BowtieStage.Recurring), Done(BowtieTask.Usage))));

            Assert.Contains("computed by the bowtie from MRR over time", message);
            Assert.Equal(0m, org.Stored(id).MoneyValue(JourneyColumns.Ltv));
            Assert.Equal(BowtieStage.Live, org.StageOf(id));
            Assert.Equal(rows, org.History(id).Count);
        }

        [Fact]
        public void OpeningLtv_OnCreateBeforeLive_Refused()
        {
            var org = BowtieOrg.Create();
            var journey = Journey();
            journey[JourneyColumns.Ltv] = new Money(5000m);

            var message = Refused(() => org.CreateService().Create(journey));

            Assert.Contains("can't start with an LTV", message);
            Assert.Equal(0, org.Count(JourneyColumns.Table));
        }

        [Fact]
        public void OpeningLtv_OnImportAtRecurring_IsKeptAndAccruesFromThere()
        {
            var org = BowtieOrg.Create();
            var journey = Journey(BowtieStage.Recurring, "Imported from the old CRM");
            journey[JourneyColumns.Ltv] = new Money(24000m);
            var id = org.CreateService().Create(journey);
            Assert.Equal(24000m, org.Stored(id).MoneyValue(JourneyColumns.Ltv));
            org.AdvanceClock(Start.AddMonths(3) - Start);

            org.CreateService().Update(Change(id, (JourneyColumns.Mrr, new Money(2000m))));

            Assert.Equal(27000m, org.Stored(id).MoneyValue(JourneyColumns.Ltv));
        }

        [Fact]
        public void Reactivation_RestartsTheClockWithoutCountingTheTimeOutside()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Live);
            org.AdvanceClock(Start.AddMonths(1) - Start);
            org.CreateService().Update(Change(id, Exit(BowtieExit.OffBoarded), Reason(OffBoardReason)));
            org.AdvanceClock(TimeSpan.FromDays(200));
            org.CreateService().Update(Change(id, (JourneyColumns.StateCode, new OptionSetValue(0)), (JourneyColumns.StatusCode, new OptionSetValue(1)),
                Reason("Came back after the merger")));
            var back = org.Stored(id).GetAttributeValue<DateTime>(JourneyColumns.LtvAsOf);
            org.AdvanceClock(back.AddMonths(1) - back);

            org.CreateService().Update(Change(id, (JourneyColumns.Mrr, new Money(500m))));

            Assert.Equal(2000m, org.Stored(id).MoneyValue(JourneyColumns.Ltv)); // one month before, one month after
            Assert.Single(org.History(id), r => r.Choice(StageTransitionColumns.Kind) == (int)TransitionKind.Reactivation);
        }

        [Fact]
        public void Ltv_IsSavedAsSystem_NotInTheSellersOwnSave()
        {
            // MRR, ARR and LTV are column-secured; a seller outside the money profile still moves a journey to Live.
            var seller = new Guid("5e11e400-0000-0000-0000-000000000001");
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Commit);
            org.CreateService(seller).Update(Change(id, (JourneyColumns.Name, "Contoso renamed")));
            Assert.Equal(seller, org.Stored(id).RefId("modifiedby"));

            org.CreateService(seller).Update(Change(id, Done(BowtieTask.Onboarding), Stage(BowtieStage.Live)));

            var live = org.Stored(id);
            Assert.Equal(BowtieStage.Live, org.StageOf(id));
            Assert.Equal(0m, live.MoneyValue(JourneyColumns.Ltv));
            Assert.Equal(org.SystemUserId, live.RefId("modifiedby")); // the LTV stamp came after the seller's save, as SYSTEM
        }
    }
}
