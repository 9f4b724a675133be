using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Flow
{
    /// <summary>
    /// Maps between a journey's stage and its "Bowtie journey" business process flow. The flow has one stage per
    /// process; a journey at Prospect shows Marketing, at MQL Prospecting, … at Recurring Grow, and at LTV Grow with
    /// the flow finished. So moving the flow to the next stage is moving the journey to the next milestone.
    /// </summary>
    public static class JourneyFlowMap
    {
        public static FlowPosition ForStage(BowtieStage stage)
        {
            var finished = stage == BowtieStage.Ltv;
            var active = finished ? BowtieModel.Processes.Last() : BowtieModel.ProcessLeaving(stage)!;
            var path = BowtieModel.Processes.TakeWhile(p => p != active).Concat(new[] { active }).Select(p => p.FlowStageId.ToString("D"));
            return new FlowPosition(active.FlowStageId, string.Join(",", path), finished);
        }

        /// <summary>
        /// The journey stage a flow position stands for, or null when the stage id is not one of the flow's stages.
        /// </summary>
        public static BowtieStage? StageFor(Guid activeStageId, bool finished)
        {
            var process = BowtieModel.ProcessByFlowStage(activeStageId);
            if (process == null)
            {
                return null;
            }

            return finished && process.To == BowtieStage.Ltv ? BowtieStage.Ltv : process.From;
        }
    }
}
