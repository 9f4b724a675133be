using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Flow;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Tests.Bowtie.Flow
{
    public class JourneyFlowMapTests
    {
        private static Guid FlowStage(string process) => BowtieModel.Processes.Single(p => p.Name == process).FlowStageId;

        [Theory]
        [InlineData(BowtieStage.Prospect, "Marketing", 1, false)]
        [InlineData(BowtieStage.Mql, "Prospecting", 2, false)]
        [InlineData(BowtieStage.Commit, "Onboarding", 4, false)]
        [InlineData(BowtieStage.Recurring, "Grow", 6, false)]
        [InlineData(BowtieStage.Ltv, "Grow", 6, true)]
        public void ForStage_ShowsTheProcessLeavingTheStage(BowtieStage stage, string process, int pathLength, bool finished)
        {
            var position = JourneyFlowMap.ForStage(stage);

            Assert.Equal(FlowStage(process), position.ActiveStageId);
            Assert.Equal(finished, position.Finished);
            var path = position.TraversedPath.Split(',');
            Assert.Equal(pathLength, path.Length);
            Assert.Equal(FlowStage("Marketing").ToString(), path[0]);
            Assert.Equal(position.ActiveStageId.ToString(), path.Last());
        }

        [Fact]
        public void StageFor_IsTheInverseOfForStage()
        {
            foreach (var stage in BowtieModel.Stages.Select(s => s.Stage))
            {
                var position = JourneyFlowMap.ForStage(stage);
                Assert.Equal(stage, JourneyFlowMap.StageFor(position.ActiveStageId, position.Finished));
            }
        }

        [Fact]
        public void StageFor_UnknownFlowStage_Null()
        {
            Assert.Null(JourneyFlowMap.StageFor(Guid.Empty, false));
        }
    }
}
