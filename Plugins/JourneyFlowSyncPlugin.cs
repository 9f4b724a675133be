using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Flow;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// The journey drives its process flow: when a journey's stage changes by any other channel, its active
    /// "Bowtie journey" flow moves to the matching stage (one stage at a time, as the platform requires) and is
    /// finished at LTV; when the journey leaves the bowtie its active flow is aborted, and reactivated when it comes
    /// back. PostOperation, after the move is saved and recorded, in the same transaction. A flow update that itself
    /// moved the journey is recognised by its SharedVariables marker, so nothing loops.
    /// </summary>
    [StepRegistration("ad43f22b-18e3-4487-8e58-89459c6656bc", "Update", JourneyColumns.Table, PipelineStage.PostOperation, ExecutionMode.Synchronous,
        Rank = 20, Name = "Bowtie journey to flow: Update of bowtie_journey",
        Description = "Moves the journey's Bowtie journey process flow to match its stage; aborts it on exit, reactivates it on return.",
        FilteringAttributes = new[] { JourneyColumns.Stage, JourneyColumns.StateCode, JourneyColumns.StatusCode },
        PreImageAlias = "pre", PreImageAttributes = new[] { JourneyColumns.StateCode })]
    [StepRegistration("0f3b0d57-4b0e-4d7c-9a77-3f2f8d1c6a41", "SetState", JourneyColumns.Table, PipelineStage.PostOperation, ExecutionMode.Synchronous,
        Rank = 20, Name = "Bowtie journey to flow: SetState of bowtie_journey",
        Description = "Aborts the journey's process flow when a legacy SetState takes it out of the bowtie; reactivates it on return.",
        PreImageAlias = "pre", PreImageAttributes = new[] { JourneyColumns.StateCode })]
    [StepRegistration("a6c2e0f4-1d3b-4f5e-8c9a-7b6d5e4f3a21", "SetStateDynamicEntity", JourneyColumns.Table, PipelineStage.PostOperation, ExecutionMode.Synchronous,
        Rank = 20, Name = "Bowtie journey to flow: SetStateDynamicEntity of bowtie_journey",
        Description = "Aborts the journey's process flow when a legacy SetStateDynamicEntity takes it out of the bowtie; reactivates it on return.",
        PreImageAlias = "pre", PreImageAttributes = new[] { JourneyColumns.StateCode })]
    public sealed class JourneyFlowSyncPlugin : PluginBase
    {
        public JourneyFlowSyncPlugin()
            : this(null, null)
        {
        }

        public JourneyFlowSyncPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration, secureConfiguration)
        {
        }

        private protected override void ExecuteCore(LocalPluginContext local)
        {
            var context = local.Context;
            if (BowtieMarkers.IsSet(context, BowtieMarkers.FlowMovedJourney, context.PrimaryEntityId))
            {
                return; // the flow itself moved this journey
            }

            var target = local.ChangedRecord();
            var wasActive = local.PreImage("pre").GetAttributeValue<OptionSetValue>(JourneyColumns.StateCode)?.Value != JourneyColumns.Inactive;
            var state = target.GetAttributeValue<OptionSetValue>(JourneyColumns.StateCode)?.Value;
            var status = target.GetAttributeValue<OptionSetValue>(JourneyColumns.StatusCode)?.Value;
            var isActive = state.HasValue ? state.Value == JourneyColumns.Active : !(status.HasValue && BowtieModel.IsExit(status.Value));
            if (wasActive != isActive)
            {
                // Leaving the bowtie abandons the flow; coming back picks it up where it was.
                foreach (var flow in Flows(local, isActive ? JourneyFlowColumns.AbortedStatus : JourneyFlowColumns.ActiveStatus))
                {
                    SetStatus(local, flow.Id, isActive ? JourneyFlowColumns.ActiveState : JourneyFlowColumns.InactiveState,
                        isActive ? JourneyFlowColumns.ActiveStatus : JourneyFlowColumns.AbortedStatus);
                }

                return;
            }

            var stageValue = target.GetAttributeValue<OptionSetValue>(JourneyColumns.Stage)?.Value;
            if (!stageValue.HasValue || !BowtieModel.IsStage(stageValue.Value))
            {
                return;
            }

            var wanted = JourneyFlowMap.ForStage((BowtieStage)stageValue.Value);
            foreach (var flow in Flows(local, JourneyFlowColumns.ActiveStatus))
            {
                Follow(local, flow, wanted);
            }
        }

        private static DataCollection<Entity> Flows(LocalPluginContext local, int status)
        {
            var query = new QueryExpression(JourneyFlowColumns.Table) { ColumnSet = new ColumnSet(JourneyFlowColumns.ActiveStage) };
            query.Criteria.AddCondition(JourneyFlowColumns.Journey, ConditionOperator.Equal, local.Context.PrimaryEntityId);
            query.Criteria.AddCondition(JourneyFlowColumns.StatusCode, ConditionOperator.Equal, status);
            return local.SystemService.RetrieveMultiple(query).Entities;
        }

        private static void SetStatus(LocalPluginContext local, System.Guid flowId, int state, int status)
        {
            BowtieMarkers.Set(local.Context, BowtieMarkers.JourneyMovedFlow, local.Context.PrimaryEntityId);
            local.SystemService.Update(new Entity(JourneyFlowColumns.Table, flowId)
            {
                [JourneyFlowColumns.StateCode] = new OptionSetValue(state),
                [JourneyFlowColumns.StatusCode] = new OptionSetValue(status),
            });
        }

        private static void Follow(LocalPluginContext local, Entity flow, FlowPosition wanted)
        {
            var processes = BowtieModel.Processes;
            var current = flow.GetAttributeValue<EntityReference>(JourneyFlowColumns.ActiveStage);
            var at = current == null ? 0 : processes.ToList().FindIndex(p => p.FlowStageId == current.Id);
            var to = processes.ToList().FindIndex(p => p.FlowStageId == wanted.ActiveStageId);
            BowtieMarkers.Set(local.Context, BowtieMarkers.JourneyMovedFlow, local.Context.PrimaryEntityId);
            while (at >= 0 && at != to)
            {
                at += at < to ? 1 : -1;
                var step = JourneyFlowMap.ForStage(processes[at].From);
                local.SystemService.Update(new Entity(JourneyFlowColumns.Table, flow.Id)
                {
                    [JourneyFlowColumns.ActiveStage] = new EntityReference(JourneyFlowColumns.ProcessStageTable, step.ActiveStageId),
                    [JourneyFlowColumns.TraversedPath] = step.TraversedPath,
                });
            }

            if (wanted.Finished)
            {
                SetStatus(local, flow.Id, JourneyFlowColumns.InactiveState, JourneyFlowColumns.FinishedStatus);
            }

            local.Trace("Moved process flow " + flow.Id + " to match its journey");
        }
    }
}
