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
    /// finished at LTV. PostOperation, after the move is saved and recorded, in the same transaction. A flow update
    /// that itself moved the journey is recognised by its SharedVariables marker, so nothing loops.
    /// </summary>
    [StepRegistration("ad43f22b-18e3-4487-8e58-89459c6656bc", "Update", JourneyColumns.Table, PipelineStage.PostOperation, ExecutionMode.Synchronous,
        Rank = 20, Name = "Bowtie journey to flow: Update of bowtie_journey",
        Description = "Moves the journey's Bowtie journey process flow to match its stage.",
        FilteringAttributes = new[] { JourneyColumns.Stage })]
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
            var stageValue = local.Target().GetAttributeValue<OptionSetValue>(JourneyColumns.Stage)?.Value;
            if (!stageValue.HasValue || !BowtieModel.IsStage(stageValue.Value) ||
                BowtieMarkers.IsSet(context, BowtieMarkers.FlowMovedJourney, context.PrimaryEntityId))
            {
                return; // no stage, or the flow itself moved this journey
            }

            var wanted = JourneyFlowMap.ForStage((BowtieStage)stageValue.Value);
            var query = new QueryExpression(JourneyFlowColumns.Table) { ColumnSet = new ColumnSet(JourneyFlowColumns.ActiveStage) };
            query.Criteria.AddCondition(JourneyFlowColumns.Journey, ConditionOperator.Equal, context.PrimaryEntityId);
            query.Criteria.AddCondition(JourneyFlowColumns.StateCode, ConditionOperator.Equal, JourneyFlowColumns.ActiveState);
            foreach (var flow in local.SystemService.RetrieveMultiple(query).Entities)
            {
                Follow(local, flow, wanted);
            }
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
                local.SystemService.Update(new Entity(JourneyFlowColumns.Table, flow.Id)
                {
                    [JourneyFlowColumns.StateCode] = new OptionSetValue(JourneyFlowColumns.InactiveState),
                    [JourneyFlowColumns.StatusCode] = new OptionSetValue(JourneyFlowColumns.FinishedStatus),
                });
            }

            local.Trace("Moved process flow " + flow.Id + " to match its journey");
        }
    }
}
