using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics.Tests
{
    /// <summary>The metrics' names and positions come from the bowtie model, so they cannot drift from the plugins'.</summary>
    public class BowtieVocabularyTests
    {
        [Fact]
        public void StageCount_IsTheModelsStageCount()
        {
            Assert.Equal(BowtieVocabulary.StageCount, BowtieModel.Stages.Count);
        }

        [Fact]
        public void Names_EveryStage_IsTheModelLabelWithoutItsParenthetical()
        {
            Assert.Equal(
                new[] { "Prospect", "MQL", "SQL", "Commit", "Live", "Recurring", "LTV" },
                BowtieModel.Stages.Select(s => s.Stage.Name()));
        }

        [Fact]
        public void TryParseStage_ModelLabelAndExportName_BothGiveTheStage()
        {
            foreach (var info in BowtieModel.Stages)
            {
                Assert.True(BowtieVocabulary.TryParseStage(info.Label, out var fromLabel), info.Label);
                Assert.True(BowtieVocabulary.TryParseStage(info.Stage.Name(), out var fromName), info.Stage.Name());
                Assert.Equal(info.Stage, fromLabel);
                Assert.Equal(info.Stage, fromName);
            }
        }

        [Fact]
        public void Positions_StagesAndExits_RoundTripThroughTheModelsOptionValues()
        {
            for (var position = 0; position < BowtieVocabulary.StageCount; position++)
            {
                Assert.Equal(position, BowtieModel.Position(BowtieVocabulary.StageAt(position)));
            }

            foreach (var exit in BowtieModel.Exits)
            {
                Assert.Equal(exit.Exit, BowtieVocabulary.ExitAt(exit.Exit.Position()));
                Assert.Equal(exit.Label, exit.Exit.Name());
                Assert.Equal(exit.Exit, TransitionRow.Exit((int)exit.Exit));
            }
        }
    }
}
