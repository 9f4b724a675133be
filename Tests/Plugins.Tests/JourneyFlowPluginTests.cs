using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Flow;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>The "Bowtie journey" process flow and the journey move together, through the same rules, without loops.</summary>
    public class JourneyFlowPluginTests
    {
        private static Guid FlowStage(BowtieStage journeyStage) => JourneyFlowMap.ForStage(journeyStage).ActiveStageId;

        private static Guid StartFlow(DataverseFunnel.InMemory.InMemoryOrganization org, Guid journeyId) =>
            org.CreateBusinessProcessFlowInstance(JourneyFlowColumns.Table, new EntityReference(JourneyColumns.Table, journeyId));

        private static Entity Flow(DataverseFunnel.InMemory.InMemoryOrganization org, Guid flowId) => org.Peek(JourneyFlowColumns.Table, flowId)!;

        private static Entity MoveFlow(Guid flowId, BowtieStage journeyStage) =>
            new Entity(JourneyFlowColumns.Table, flowId)
            {
                [JourneyFlowColumns.ActiveStage] = new EntityReference(JourneyFlowColumns.ProcessStageTable, FlowStage(journeyStage)),
            };

        [Fact]
        public void Create_FlowForJourneyAtSql_StartsAtSelling()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Sql);

            var flow = Flow(org, StartFlow(org, id));

            Assert.Equal(FlowStage(BowtieStage.Sql), flow.RefId(JourneyFlowColumns.ActiveStage));
            Assert.Equal(JourneyFlowMap.ForStage(BowtieStage.Sql).TraversedPath, flow.GetAttributeValue<string>(JourneyFlowColumns.TraversedPath));
        }

        [Fact]
        public void Update_FlowToNextStage_MovesJourneyWithOneHistoryRow()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Prospect);
            var flowId = StartFlow(org, id);
            var rows = org.History(id).Count;

            org.CreateService().Update(MoveFlow(flowId, BowtieStage.Mql));

            Assert.Equal(BowtieStage.Mql, org.StageOf(id));
            Assert.Equal(rows + 1, org.History(id).Count);
            Assert.Equal("Prospect → MQL", org.History(id).Last().GetAttributeValue<string>(StageTransitionColumns.Name));
            Assert.Equal(org.DefaultUserId, org.History(id).Last().RefId(StageTransitionColumns.MovedBy));
            Assert.Equal(FlowStage(BowtieStage.Mql), Flow(org, flowId).RefId(JourneyFlowColumns.ActiveStage));
        }

        [Fact]
        public void Update_FlowMoveTheRulesRefuse_RefusedOnTheFlowToo()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Sql);
            var flowId = StartFlow(org, id);
            var rows = org.Count(StageTransitionColumns.Table);

            var message = Refused(() => org.CreateService().Update(MoveFlow(flowId, BowtieStage.Commit)));

            Assert.Contains("Trade done", message);
            Assert.Equal(BowtieStage.Sql, org.StageOf(id));
            Assert.Equal(FlowStage(BowtieStage.Sql), Flow(org, flowId).RefId(JourneyFlowColumns.ActiveStage));
            Assert.Equal(rows, org.Count(StageTransitionColumns.Table));
        }

        [Fact]
        public void Update_FlowBackWithReason_RecyclesJourney()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Mql);
            var flowId = StartFlow(org, id);
            org.CreateService().Update(Change(id, Reason("Not ready to talk yet")));

            org.CreateService().Update(MoveFlow(flowId, BowtieStage.Prospect));

            Assert.Equal(BowtieStage.Prospect, org.StageOf(id));
            Assert.Equal((int)TransitionKind.Recycle, org.History(id).Last().Choice(StageTransitionColumns.Kind));
        }

        [Fact]
        public void Update_FinishFlowAtGrow_MovesJourneyToLtv()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Recurring);
            var flowId = StartFlow(org, id);
            org.CreateService().Update(Change(id, Done(BowtieTask.Renew)));

            org.CreateService().Update(new Entity(JourneyFlowColumns.Table, flowId)
            {
                [JourneyFlowColumns.StateCode] = new OptionSetValue(1),
                [JourneyFlowColumns.StatusCode] = new OptionSetValue(JourneyFlowColumns.FinishedStatus),
            });

            Assert.Equal(BowtieStage.Ltv, org.StageOf(id));
            Assert.Equal("Recurring (MRR/ARR) → LTV", org.History(id).Last().GetAttributeValue<string>(StageTransitionColumns.Name));
        }

        [Fact]
        public void Update_JourneyStageChanged_MovesItsFlowWithoutLooping()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Mql);
            var flowId = StartFlow(org, id);
            var rows = org.History(id).Count;
            org.ClearAudit();

            org.CreateService().Update(Change(id, Done(BowtieTask.Target), Stage(BowtieStage.Sql)));

            Assert.Equal(FlowStage(BowtieStage.Sql), Flow(org, flowId).RefId(JourneyFlowColumns.ActiveStage));
            Assert.Equal(rows + 1, org.History(id).Count);
            Assert.Equal(1, org.StepAudit.Count(s => s.StepName.StartsWith("Bowtie flow to journey: Update", StringComparison.Ordinal)));
            Assert.Equal(1, org.StepAudit.Count(s => s.StepName.StartsWith("Bowtie stage guard: Update", StringComparison.Ordinal)));
        }

        [Fact]
        public void Update_JourneyReachesLtv_FinishesItsFlow()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Recurring);
            var flowId = StartFlow(org, id);

            org.CreateService().Update(Change(id, Done(BowtieTask.Upsell), Stage(BowtieStage.Ltv)));

            Assert.Equal(JourneyFlowColumns.FinishedStatus, Flow(org, flowId).Choice(JourneyFlowColumns.StatusCode));
        }

        [Fact]
        public void Update_JourneyOffBoardedThenReactivated_FlowAbortedThenActiveAgain()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Live);
            var flowId = StartFlow(org, id);
            var service = org.CreateService();

            service.Update(Change(id, Exit(BowtieExit.OffBoarded), Reason("Moved to an in-house tool")));
            var aborted = Flow(org, flowId).Choice(JourneyFlowColumns.StatusCode);
            service.Update(Change(id, (JourneyColumns.StateCode, new OptionSetValue(0)), (JourneyColumns.StatusCode, new OptionSetValue(1))));

            Assert.Equal(JourneyFlowColumns.AbortedStatus, aborted);
            Assert.Equal(JourneyFlowColumns.ActiveStatus, Flow(org, flowId).Choice(JourneyFlowColumns.StatusCode));
            Assert.Equal(FlowStage(BowtieStage.Live), Flow(org, flowId).RefId(JourneyFlowColumns.ActiveStage));
            Assert.Equal(new[] { "Live → Off-boarded", "Reactivated at Live" }, org.History(id).TakeLast(2).Titles());
        }

        [Fact]
        public void Update_FlowAbortedByUser_JourneyStaysPut()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Sql);
            var flowId = StartFlow(org, id);
            var rows = org.Count(StageTransitionColumns.Table);

            org.CreateService().Update(new Entity(JourneyFlowColumns.Table, flowId)
            {
                [JourneyFlowColumns.StateCode] = new OptionSetValue(1),
                [JourneyFlowColumns.StatusCode] = new OptionSetValue(JourneyFlowColumns.AbortedStatus),
            });

            Assert.Equal(BowtieStage.Sql, org.StageOf(id));
            Assert.Equal(rows, org.Count(StageTransitionColumns.Table));
        }

        [Fact]
        public void Update_JourneySkipsStages_FlowFollowsOneStageAtATime()
        {
            var org = BowtieOrg.Create("{\"allowSkip\": true}");
            var id = org.JourneyAt(BowtieStage.Mql);
            var flowId = StartFlow(org, id);

            org.CreateService().Update(Change(id, Stage(BowtieStage.Live), Reason("Signed at the event")));

            Assert.Equal(FlowStage(BowtieStage.Live), Flow(org, flowId).RefId(JourneyFlowColumns.ActiveStage));
            Assert.Equal(JourneyFlowMap.ForStage(BowtieStage.Live).TraversedPath, Flow(org, flowId).GetAttributeValue<string>(JourneyFlowColumns.TraversedPath));
        }

        [Fact]
        public void Update_FlowToAStageOfAnotherProcess_RefusedNamingTheStages()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Prospect);
            var flowId = StartFlow(org, id);
            var stranger = org.Seed(new Entity(JourneyFlowColumns.ProcessStageTable) { ["stagename"] = "Qualify" })[0];

            var message = Refused(() => org.CreateService().Update(new Entity(JourneyFlowColumns.Table, flowId)
            {
                [JourneyFlowColumns.ActiveStage] = new EntityReference(JourneyFlowColumns.ProcessStageTable, stranger),
            }));

            Assert.Equal("That isn't a stage of the Bowtie journey process. Choose one of its stages: Marketing, Prospecting, Selling, Onboarding, Achieve impact, Grow.", message);
            Assert.Equal(BowtieStage.Prospect, org.StageOf(id));
        }
    }
}
