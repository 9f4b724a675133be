using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>The stage rules through the in-memory pipeline: Create, Update and UpdateMultiple with every bowtie step registered.</summary>
    public class JourneyStagePluginTests
    {
        [Fact]
        public void Create_WithoutStage_StartsAtProspectAndRecordsCreation()
        {
            var org = BowtieOrg.Create();

            var id = org.CreateService().Create(Journey());

            var stored = org.Stored(id);
            Assert.Equal(BowtieStage.Prospect, org.StageOf(id));
            Assert.Equal(Start, stored.GetAttributeValue<DateTime>(JourneyColumns.StageEnteredOn));
            Assert.Equal(Start, stored.GetAttributeValue<DateTime>("bowtie_prospecton"));
            Assert.Equal(12000m, stored.MoneyValue(JourneyColumns.Arr));
            var row = Assert.Single(org.History(id));
            Assert.Equal("Created at Prospect", row.GetAttributeValue<string>(StageTransitionColumns.Name));
            Assert.Equal((int)TransitionKind.Created, row.Choice(StageTransitionColumns.Kind));
            Assert.Equal(org.DefaultUserId, row.RefId(StageTransitionColumns.MovedBy));
            Assert.Equal((int)ProspectingMotion.Outbound, row.Choice(StageTransitionColumns.Motion));
            Assert.Equal("Spring webinar", row.GetAttributeValue<string>(StageTransitionColumns.Campaign));
            Assert.Equal(1000m, row.MoneyValue(StageTransitionColumns.Mrr));
            Assert.Equal(org.SystemUserId, row.RefId("createdby")); // written as SYSTEM
        }

        [Fact]
        public void Create_AtSqlWithReason_RecordsSkippedStagesAndClearsReason()
        {
            var org = BowtieOrg.Create();

            var id = org.CreateService().Create(Journey(BowtieStage.Sql, "Imported from the old CRM"));

            Assert.Equal(new[] { "Created at Prospect", "Prospect → MQL (skip)", "MQL → SQL (skip)" }, org.History(id).Titles());
            Assert.All(org.History(id), r => Assert.Equal("Imported from the old CRM", r.GetAttributeValue<string>(StageTransitionColumns.Reason)));
            Assert.Null(org.Stored(id).GetAttributeValue<string>(JourneyColumns.MoveReason));
            Assert.Equal(Start, org.Stored(id).GetAttributeValue<DateTime>("bowtie_sqlon"));
        }

        [Fact]
        public void Create_AtSqlWithoutReason_RefusedAndNothingWritten()
        {
            var org = BowtieOrg.Create();

            var message = Refused(() => org.CreateService().Create(Journey(BowtieStage.Sql)));

            Assert.Contains("starts at Prospect", message);
            Assert.Equal(0, org.Count(JourneyColumns.Table));
            Assert.Equal(0, org.Count(StageTransitionColumns.Table));
        }

        [Fact]
        public void Update_ForwardWithCriterionMet_StampsDatesAndRecordsDaysInStage()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Mql);
            org.AdvanceClock(TimeSpan.FromDays(2.5));

            org.CreateService().Update(Change(id, Done(BowtieTask.Inbound), Stage(BowtieStage.Sql)));

            var row = org.History(id).Last();
            Assert.Equal("MQL → SQL", row.GetAttributeValue<string>(StageTransitionColumns.Name));
            Assert.Equal(2.5m, row.GetAttributeValue<decimal>(StageTransitionColumns.DaysInStage));
            Assert.Equal(Start.AddDays(2.5), org.Stored(id).GetAttributeValue<DateTime>("bowtie_sqlon"));
            Assert.Equal(Start.AddDays(2.5), org.Stored(id).GetAttributeValue<DateTime>(JourneyColumns.StageEnteredOn));
        }

        [Fact]
        public void Update_CommitWithoutTrade_RefusedAndNothingChanged()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Sql);
            var rows = org.Count(StageTransitionColumns.Table);

            var message = Refused(() => org.CreateService().Update(Change(id, Done(BowtieTask.Demo), Stage(BowtieStage.Commit))));

            Assert.Equal("To move from SQL to Commit, the Selling process needs Trade done. Mark it done, then move the journey.", message);
            Assert.Equal(BowtieStage.Sql, org.StageOf(id));
            Assert.False(org.Stored(id).GetAttributeValue<bool>("bowtie_demodone"));
            Assert.Equal(rows, org.Count(StageTransitionColumns.Table));
        }

        [Fact]
        public void Update_SameStageAgain_NoHistory()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Commit);
            var rows = org.Count(StageTransitionColumns.Table);

            org.CreateService().Update(Change(id, Stage(BowtieStage.Commit), (JourneyColumns.Campaign, "Renamed")));

            Assert.Equal(rows, org.Count(StageTransitionColumns.Table));
            Assert.Equal("Renamed", org.Stored(id).GetAttributeValue<string>(JourneyColumns.Campaign));
        }

        [Fact]
        public void Update_SkipByDefault_RefusedNamingTheMissingStage()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Mql);

            var message = Refused(() => org.CreateService().Update(Change(id, Stage(BowtieStage.Commit), Reason("fast"))));

            Assert.Contains("would skip SQL", message);
        }

        [Fact]
        public void Update_SkipAllowedByConfigurationWithReason_RecordsSkippedStagesWithZeroDays()
        {
            var org = BowtieOrg.Create("{\"allowSkip\": true}");
            var id = org.JourneyAt(BowtieStage.Mql);
            org.AdvanceClock(TimeSpan.FromDays(1));

            org.CreateService().Update(Change(id, Stage(BowtieStage.Live), Reason("Signed at the event")));

            var skipped = org.History(id).TakeLast(3).ToList();
            Assert.Equal(new[] { "MQL → SQL (skip)", "SQL → Commit (skip)", "Commit → Live (skip)" }, skipped.Titles());
            Assert.Equal(new[] { 1m, 0m, 0m }, skipped.Select(r => r.GetAttributeValue<decimal>(StageTransitionColumns.DaysInStage)));
            Assert.All(new[] { "bowtie_sqlon", "bowtie_commiton", "bowtie_liveon" }, c => Assert.Equal(Start.AddDays(1), org.Stored(id).GetAttributeValue<DateTime>(c)));
        }

        [Fact]
        public void Update_RecycleSqlWithReason_BackToProspect()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Sql);

            org.CreateService().Update(Change(id, Stage(BowtieStage.Prospect), Reason("Budget frozen until next year")));

            Assert.Equal(BowtieStage.Prospect, org.StageOf(id));
            Assert.Equal((int)TransitionKind.Recycle, org.History(id).Last().Choice(StageTransitionColumns.Kind));
        }

        [Fact]
        public void Update_CommittedBackToSql_RefusedSuggestingOffBoard()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Live);

            var message = Refused(() => org.CreateService().Update(Change(id, Stage(BowtieStage.Sql), Reason("mistake"))));

            Assert.Contains("stays committed", message);
            Assert.Contains("off-board", message);
        }

        [Fact]
        public void Update_OffBoardThenMove_FrozenUntilReactivated()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Live);
            var service = org.CreateService();

            service.Update(Change(id, Exit(BowtieExit.OffBoarded), Reason("Moved to an in-house tool")));
            var frozen = Refused(() => service.Update(Change(id, Done(BowtieTask.Usage), Stage(BowtieStage.Recurring))));
            org.AdvanceClock(TimeSpan.FromDays(30));
            service.Update(Change(id, (JourneyColumns.StateCode, new OptionSetValue(0)), (JourneyColumns.StatusCode, new OptionSetValue(1))));

            Assert.Contains("Off-boarded, so its stage is frozen", frozen);
            Assert.Equal(new[] { "Live → Off-boarded", "Reactivated at Live" }, org.History(id).TakeLast(2).Titles());
            Assert.Equal(30m, org.History(id).Last().GetAttributeValue<decimal>(StageTransitionColumns.DaysInStage));
            Assert.Equal(0, org.Stored(id).Choice(JourneyColumns.StateCode));
        }

        [Fact]
        public void Update_MrrChanged_KeepsArrAtTwelveTimes()
        {
            var org = BowtieOrg.Create();
            var id = org.CreateService().Create(Journey());

            org.CreateService().Update(Change(id, (JourneyColumns.Mrr, new Money(250m)), (JourneyColumns.Arr, new Money(1m))));

            Assert.Equal(3000m, org.Stored(id).MoneyValue(JourneyColumns.Arr));
            Assert.Single(org.History(id));
        }

        [Fact]
        public void CreateMultiple_EachJourneyStartsAndIsRecordedAgainstItsOwnId()
        {
            var org = BowtieOrg.Create();
            var targets = new EntityCollection { EntityName = JourneyColumns.Table };
            targets.Entities.Add(Journey());
            targets.Entities.Add(Journey(BowtieStage.Mql, "Imported"));

            var ids = ((CreateMultipleResponse)org.CreateService().Execute(new CreateMultipleRequest { Targets = targets })).Ids!;

            Assert.Equal(new[] { "Created at Prospect" }, org.History(ids[0]).Titles());
            Assert.Equal(new[] { "Created at Prospect", "Prospect → MQL (skip)" }, org.History(ids[1]).Titles());
        }

        [Fact]
        public void UpdateMultiple_EachJourneyMovedAndRecorded()
        {
            var org = BowtieOrg.Create();
            var first = org.JourneyAt(BowtieStage.Prospect);
            var second = org.JourneyAt(BowtieStage.Sql);
            var targets = new EntityCollection { EntityName = JourneyColumns.Table };
            targets.Entities.Add(Change(first, Stage(BowtieStage.Mql)));
            targets.Entities.Add(Change(second, Done(BowtieTask.Trade), Stage(BowtieStage.Commit)));

            org.CreateService().Execute(new UpdateMultipleRequest { Targets = targets });

            Assert.Equal("Prospect → MQL", org.History(first).Last().GetAttributeValue<string>(StageTransitionColumns.Name));
            Assert.Equal("SQL → Commit", org.History(second).Last().GetAttributeValue<string>(StageTransitionColumns.Name));
        }

        [Fact]
        public void UpdateMultiple_OneMoveRefused_NothingWrittenForAny()
        {
            var org = BowtieOrg.Create();
            var first = org.JourneyAt(BowtieStage.Prospect);
            var second = org.JourneyAt(BowtieStage.Sql);
            var rows = org.Count(StageTransitionColumns.Table);
            var targets = new EntityCollection { EntityName = JourneyColumns.Table };
            targets.Entities.Add(Change(first, Stage(BowtieStage.Mql)));
            targets.Entities.Add(Change(second, Stage(BowtieStage.Commit)));

            var message = Refused(() => org.CreateService().Execute(new UpdateMultipleRequest { Targets = targets }));

            Assert.Contains("Trade done", message);
            Assert.Equal(BowtieStage.Prospect, org.StageOf(first));
            Assert.Equal(rows, org.Count(StageTransitionColumns.Table));
        }
    }
}
