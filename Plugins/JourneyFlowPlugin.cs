using DataverseFunnel.Plugins.Bowtie.Flow;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// The "Bowtie journey" process flow drives the journey: moving the flow to the next stage (Update of
    /// activestageid, or finishing it at Grow) is moving the journey to the next milestone, through the same stage
    /// rules — a move they refuse is refused on the flow too. PreOperation, so the journey update runs inside the
    /// flow's transaction and a refusal cancels both. A new flow instance starts where its journey stands.
    /// </summary>
    [StepRegistration("e91098b5-6662-4db7-9ed6-9b55e2b24938", "Update", JourneyFlowColumns.Table, PipelineStage.PreOperation, ExecutionMode.Synchronous,
        Rank = 10, Name = "Bowtie flow to journey: Update of bowtie_bowtiejourneyflow",
        Description = "Moving the process flow moves the journey to the matching stage, through the stage rules.",
        FilteringAttributes = new[] { JourneyFlowColumns.ActiveStage, JourneyFlowColumns.StateCode, JourneyFlowColumns.StatusCode },
        PreImageAlias = "pre",
        PreImageAttributes = new[] { JourneyFlowColumns.ActiveStage, JourneyFlowColumns.StateCode, JourneyFlowColumns.StatusCode, JourneyFlowColumns.Journey })]
    [StepRegistration("8f0c705f-9122-4be4-b417-a5f95c5f9b1d", "Create", JourneyFlowColumns.Table, PipelineStage.PreOperation, ExecutionMode.Synchronous,
        Rank = 10, Name = "Bowtie flow to journey: Create of bowtie_bowtiejourneyflow",
        Description = "A new process flow instance starts at the stage its journey is at.")]
    public sealed class JourneyFlowPlugin : PluginBase
    {
        public JourneyFlowPlugin()
            : this(null, null)
        {
        }

        public JourneyFlowPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration, secureConfiguration)
        {
        }

        private protected override void ExecuteCore(LocalPluginContext local)
        {
            if (local.Context.MessageName == "Create")
            {
                StartWhereTheJourneyIs(local);
            }
            else
            {
                MoveTheJourney(local);
            }
        }

        private static void StartWhereTheJourneyIs(LocalPluginContext local)
        {
            var target = local.Target();
            var journey = target.GetAttributeValue<EntityReference>(JourneyFlowColumns.Journey);
            var stage = journey == null ? null : CurrentStage(local, journey);
            if (stage == null)
            {
                return;
            }

            var position = JourneyFlowMap.ForStage(stage.Value);
            target[JourneyFlowColumns.ActiveStage] = new EntityReference(JourneyFlowColumns.ProcessStageTable, position.ActiveStageId);
            target[JourneyFlowColumns.TraversedPath] = position.TraversedPath;
            if (position.Finished)
            {
                target[JourneyFlowColumns.StateCode] = new OptionSetValue(JourneyFlowColumns.InactiveState);
                target[JourneyFlowColumns.StatusCode] = new OptionSetValue(JourneyFlowColumns.FinishedStatus);
            }
        }

        private static void MoveTheJourney(LocalPluginContext local)
        {
            var context = local.Context;
            var target = local.Target();
            var pre = local.PreImage("pre");
            var journey = pre.GetAttributeValue<EntityReference>(JourneyFlowColumns.Journey);
            if (journey == null || BowtieMarkers.IsSet(context, BowtieMarkers.JourneyMovedFlow, journey.Id))
            {
                return; // not linked to a journey, or the journey itself is moving this flow
            }

            var active = target.Contains(JourneyFlowColumns.ActiveStage)
                ? target.GetAttributeValue<EntityReference>(JourneyFlowColumns.ActiveStage)
                : pre.GetAttributeValue<EntityReference>(JourneyFlowColumns.ActiveStage);
            var status = target.Contains(JourneyFlowColumns.StatusCode) ? target.GetAttributeValue<OptionSetValue>(JourneyFlowColumns.StatusCode)?.Value
                : target.Contains(JourneyFlowColumns.StateCode) ? null
                : pre.GetAttributeValue<OptionSetValue>(JourneyFlowColumns.StatusCode)?.Value;
            if (status == JourneyFlowColumns.AbortedStatus)
            {
                return; // abandoning the flow says nothing about where the customer is
            }

            var wanted = active == null ? null : JourneyFlowMap.StageFor(active.Id, status == JourneyFlowColumns.FinishedStatus);
            if (wanted == null)
            {
                throw new InvalidPluginExecutionException(
                    "That isn't a stage of the Bowtie journey process. Choose one of its stages: " +
                    string.Join(", ", System.Linq.Enumerable.Select(BowtieModel.Processes, p => p.Name)) + ".");
            }

            if (CurrentStage(local, journey) == wanted)
            {
                return;
            }

            BowtieMarkers.Set(context, BowtieMarkers.FlowMovedJourney, journey.Id);
            local.UserService.Update(new Entity(JourneyColumns.Table, journey.Id) { [JourneyColumns.Stage] = new OptionSetValue((int)wanted.Value) });
            local.Trace("Moved journey " + journey.Id + " to " + BowtieModel.Stage(wanted.Value).Label + " with its process flow");
        }

        private static BowtieStage? CurrentStage(LocalPluginContext local, EntityReference journey)
        {
            var record = local.SystemService.Retrieve(JourneyColumns.Table, journey.Id, new ColumnSet(JourneyColumns.Stage));
            var value = record.GetAttributeValue<OptionSetValue>(JourneyColumns.Stage)?.Value;
            return value.HasValue && BowtieModel.IsStage(value.Value) ? (BowtieStage)value.Value : (BowtieStage?)null;
        }
    }
}
