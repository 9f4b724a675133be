using System;
using System.Linq;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Pipeline;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Plugins.Tests.TestSupport;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>
    /// The bowtie holds on every path the platform takes for a state change or a delete: a mixed Update (run in two
    /// passes), SetState and SetStateDynamicEntity (under either routing of the org), a cascade from the journey.
    /// </summary>
    public class PlatformPathTests
    {
        private const string OffBoardReason = "Moved to an in-house tool";

        public static TheoryData<SetStateRouting, string> Routings() => new()
        {
            { SetStateRouting.OwnMessage, "SetState" },
            { SetStateRouting.OwnMessage, "SetStateDynamicEntity" },
            { SetStateRouting.OwnMessageAndUpdate, "SetState" },
            { SetStateRouting.OwnMessageAndUpdate, "SetStateDynamicEntity" },
        };

        [Fact]
        public void MixedUpdate_OffBoardWithReason_IsDecidedOnce_AndRecordsOneRowWithTheReason()
        {
            var org = Create();
            var id = org.JourneyAt(BowtieStage.Live);
            var rowsBefore = org.History(id).Count;
            org.ClearAudit();

            org.CreateService().Update(Change(id, ("statecode", new OptionSetValue(1)), Exit(BowtieExit.OffBoarded), Reason(OffBoardReason)));

            Assert.Single(Decisions(org));
            var rows = org.History(id);
            Assert.Equal(rowsBefore + 1, rows.Count);
            Assert.Equal("Live → Off-boarded", rows.Last().GetAttributeValue<string>(StageTransitionColumns.Name));
            Assert.Equal(OffBoardReason, rows.Last().GetAttributeValue<string>(StageTransitionColumns.Reason));
            Assert.False(org.Stored(id).Contains(JourneyColumns.MoveReason)); // used by the move, then cleared
        }

        [Fact]
        public void MixedUpdate_OffBoardWithoutReason_IsRefused_AndNothingIsSaved()
        {
            var org = Create();
            var id = org.JourneyAt(BowtieStage.Live);
            var rowsBefore = org.History(id).Count;

            var message = Refused(() => org.CreateService().Update(Change(id, ("statecode", new OptionSetValue(1)), Exit(BowtieExit.OffBoarded), (JourneyColumns.Campaign, "Autumn"))));

            Assert.Contains("reason", message, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(0, org.Stored(id).GetAttributeValue<OptionSetValue>("statecode")!.Value);
            Assert.Equal("Spring webinar", org.Stored(id).GetAttributeValue<string>(JourneyColumns.Campaign)); // the first pass rolled back too
            Assert.Equal(rowsBefore, org.History(id).Count);
        }

        [Theory]
        [MemberData(nameof(Routings))]
        public void LegacySetState_OffBoard_IsDecidedOnce_RecordsOneRow_AndStampsTheJourney(SetStateRouting routing, string message)
        {
            var org = Create(new InMemoryOrganizationOptions { SetStateRouting = routing });
            var id = org.JourneyAt(BowtieStage.Live);
            var flow = org.CreateBusinessProcessFlowInstance(JourneyFlowColumns.Table, new EntityReference(JourneyColumns.Table, id));
            org.CreateService().Update(Change(id, Reason(OffBoardReason)));
            var rowsBefore = org.History(id).Count;
            org.AdvanceClock(TimeSpan.FromDays(3));
            org.ClearAudit();

            org.CreateService().Execute(SetState(message, id, 1, (int)BowtieExit.OffBoarded));

            Assert.Single(Decisions(org));
            var rows = org.History(id);
            Assert.Equal(rowsBefore + 1, rows.Count);
            Assert.Equal("Live → Off-boarded", rows.Last().GetAttributeValue<string>(StageTransitionColumns.Name));
            Assert.Equal(OffBoardReason, rows.Last().GetAttributeValue<string>(StageTransitionColumns.Reason));
            var journey = org.Stored(id);
            Assert.Equal((int)BowtieExit.OffBoarded, journey.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
            Assert.False(journey.Contains(JourneyColumns.MoveReason));
            Assert.Equal(Start.AddDays(3), journey.GetAttributeValue<DateTime>(JourneyColumns.StageEnteredOn));
            Assert.Equal(JourneyFlowColumns.AbortedStatus, org.Peek(JourneyFlowColumns.Table, flow)!.GetAttributeValue<OptionSetValue>(JourneyFlowColumns.StatusCode)!.Value);
        }

        [Theory]
        [MemberData(nameof(Routings))]
        public void LegacySetState_OffBoardWithoutReason_IsRefused_AndNothingIsSaved(SetStateRouting routing, string message)
        {
            var org = Create(new InMemoryOrganizationOptions { SetStateRouting = routing });
            var id = org.JourneyAt(BowtieStage.Live);
            var rowsBefore = org.History(id).Count;

            var refusal = Refused(() => org.CreateService().Execute(SetState(message, id, 1, (int)BowtieExit.OffBoarded)));

            Assert.Contains("reason", refusal, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(0, org.Stored(id).GetAttributeValue<OptionSetValue>("statecode")!.Value);
            Assert.Equal(rowsBefore, org.History(id).Count);
        }

        [Fact]
        public void DeletingAJourney_DeletesItsHistoryAndFlowInstance_LeavingNoOrphan()
        {
            var org = Create();
            var id = org.JourneyAt(BowtieStage.Sql);
            var other = org.JourneyAt(BowtieStage.Mql);
            org.CreateBusinessProcessFlowInstance(JourneyFlowColumns.Table, new EntityReference(JourneyColumns.Table, id));
            Assert.NotEmpty(org.History(id));
            var othersRows = org.History(other).Count;

            org.CreateService().Delete(JourneyColumns.Table, id);

            Assert.Null(org.Peek(JourneyColumns.Table, id));
            Assert.Empty(org.History(id));
            Assert.DoesNotContain(org.All(JourneyFlowColumns.Table), f => f.GetAttributeValue<EntityReference>(JourneyFlowColumns.Journey)?.Id == id);
            Assert.Equal(othersRows, org.History(other).Count);
        }

        [Fact]
        public void DeletingOrEditingAHistoryRowDirectly_IsStillRefused()
        {
            var org = Create();
            var id = org.JourneyAt(BowtieStage.Mql);
            var row = org.History(id).Last();

            Refused(() => org.CreateService().Delete(StageTransitionColumns.Table, row.Id));
            Refused(() => org.CreateService().Update(new Entity(StageTransitionColumns.Table, row.Id) { [StageTransitionColumns.Reason] = "edited" }));

            Assert.NotNull(org.Peek(StageTransitionColumns.Table, row.Id));
        }

        [Fact]
        public void ALaterStepOfTheSamePipeline_CannotCreateHistoryThroughTheMarker()
        {
            var org = Create(null, typeof(LateHistoryWriterPlugin));
            var id = org.CreateService().Create(Journey());

            var message = Refused(() => org.CreateService().Update(Change(id, Done(BowtieTask.Seo), Stage(BowtieStage.Mql))));

            Assert.Contains("written by the bowtie", message);
            Assert.Equal(BowtieStage.Prospect, org.StageOf(id));
        }

        [Fact]
        public void VocabularyTerms_AreReadAtMostOncePerRequest_HoweverManyHistoryRowsTheMoveWrites()
        {
            var org = Create(null, typeof(VocabularyGuardPlugin));
            org.Seed(new Entity(VocabularyColumns.TermTable)
            {
                [VocabularyColumns.TermName] = "deal", [VocabularyColumns.TermPreferred] = "journey", [VocabularyColumns.TermWhy] = "customer-centric",
                [VocabularyColumns.TermAction] = new OptionSetValue((int)VocabularyAction.Rewrite),
            });
            var reads = org.RegisterStep<TermReadCounterPlugin>("RetrieveMultiple", VocabularyColumns.TermTable, PipelineStage.PostOperation);

            // An import that starts the journey at SQL with a reason: several history rows in one request.
            var id = org.CreateService().Create(Journey(BowtieStage.Sql, "Imported with the deal from the fair"));

            var rows = org.History(id);
            Assert.True(rows.Count >= 2, "the import records its creation and the stages it skipped");
            Assert.Single(org.StepAudit, e => e.StepId == reads.Id);
            Assert.All(rows, r => Assert.DoesNotContain("deal", r.GetAttributeValue<string>(StageTransitionColumns.Reason) ?? string.Empty));
        }

        private static StepExecution[] Decisions(InMemoryOrganization org) =>
            org.StepAudit.Where(e => e.PluginTypeName == typeof(JourneyStagePlugin).FullName && e.Traces.Any(t => t.StartsWith("Stage rules:", StringComparison.Ordinal))).ToArray();

        private static OrganizationRequest SetState(string message, Guid id, int state, int status) => new(message)
        {
            ["EntityMoniker"] = new EntityReference(JourneyColumns.Table, id),
            ["State"] = new OptionSetValue(state),
            ["Status"] = new OptionSetValue(status),
        };
    }

    /// <summary>Counts term-table reads (each run is one audit entry).</summary>
    public sealed class TermReadCounterPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }

    /// <summary>A later PostOperation step of the journey's Update that tries to add a history row after the bowtie wrote its own.</summary>
    [Plugins.Registration.StepRegistration("5a0c8f36-92a5-4c36-8d5c-4d0f0b7f1e01", "Update", JourneyColumns.Table, Plugins.Registration.PipelineStage.PostOperation,
        Plugins.Registration.ExecutionMode.Synchronous, Rank = 90)]
    public sealed class LateHistoryWriterPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            factory.CreateOrganizationService(null).Create(new Entity(StageTransitionColumns.Table)
            {
                [StageTransitionColumns.Name] = "Forged",
                [StageTransitionColumns.Journey] = new EntityReference(JourneyColumns.Table, context.PrimaryEntityId),
            });
        }
    }
}
