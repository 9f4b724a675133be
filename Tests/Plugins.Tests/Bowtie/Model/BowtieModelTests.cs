using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Tests.Bowtie.Model
{
    public class BowtieModelTests
    {
        [Fact]
        public void Stages_InFrameworkOrder_WithPrefixedChoiceValues()
        {
            Assert.Equal(new[] { "Prospect", "MQL", "SQL", "Commit", "Live", "Recurring (MRR/ARR)", "LTV" }, BowtieModel.Stages.Select(s => s.Label));
            Assert.Equal(Enumerable.Range(0, 7).Select(n => 269840000 + n), BowtieModel.Stages.Select(s => (int)s.Stage));
            Assert.Equal(new[] { "bowtie_prospecton", "bowtie_mqlon", "bowtie_sqlon", "bowtie_commiton", "bowtie_liveon", "bowtie_recurringon", "bowtie_ltvon" },
                BowtieModel.Stages.Select(s => s.FirstEnteredColumn));
        }

        [Fact]
        public void Processes_ConnectNeighbouringStages_WithTheirTasks()
        {
            Assert.Equal(new[] { "Marketing", "Prospecting", "Selling", "Onboarding", "Achieve impact", "Grow" }, BowtieModel.Processes.Select(p => p.Name));
            for (var i = 0; i < BowtieModel.Processes.Count; i++)
            {
                Assert.Equal(BowtieModel.Stages[i].Stage, BowtieModel.Processes[i].From);
                Assert.Equal(BowtieModel.Stages[i + 1].Stage, BowtieModel.Processes[i].To);
            }

            Assert.Equal(new[] { "Discovery", "Demo", "Propose", "Trade" }, BowtieModel.ProcessLeaving(BowtieStage.Sql)!.Tasks.Select(t => t.Label));
            Assert.Equal(new Guid("720dc937-37ac-414a-bae5-d595fd279944"), BowtieModel.ProcessLeaving(BowtieStage.Live)!.FlowStageId);
        }

        [Fact]
        public void Tasks_FrameworkOrder_MatchChoiceValuesAndColumns()
        {
            Assert.Equal(Enumerable.Range(0, 18).Select(n => 269840000 + n), BowtieModel.Tasks.Select(t => (int)t.Task));
            Assert.All(BowtieModel.Tasks, t => Assert.Equal(t.Task, BowtieModel.Task(t.Task).Task));
            Assert.Equal("bowtie_preboardingdone", BowtieModel.Task(BowtieTask.PreBoarding).DoneColumn);
            Assert.Equal("bowtie_crossselldone", BowtieModel.Task(BowtieTask.CrossSell).DoneColumn);
            Assert.Equal(18, BowtieModel.Tasks.Select(t => t.DoneColumn).Distinct().Count());
        }

        [Fact]
        public void ChoiceValues_MatchTheContract()
        {
            Assert.Equal(269840002, (int)ProspectingMotion.Target);
            Assert.Equal(269840001, (int)JourneyHealth.GetWell);
            Assert.Equal(269840001, (int)BowtieExit.NotAFit);
            Assert.Equal(269840006, (int)TransitionKind.Created);
            Assert.Equal(269840005, (int)TransitionKind.Correction);
        }

        [Fact]
        public void Exits_SplitAtTheKnot()
        {
            Assert.Equal(new[] { BowtieStage.Prospect, BowtieStage.Mql, BowtieStage.Sql }, BowtieModel.Exit(BowtieExit.NotAFit).FromStages);
            Assert.Equal(new[] { BowtieStage.Commit, BowtieStage.Live, BowtieStage.Recurring, BowtieStage.Ltv }, BowtieModel.Exit(BowtieExit.OffBoarded).FromStages);
        }

        [Fact]
        public void DefaultExitCriteria_AsTheContractSays()
        {
            Assert.Equal(
                new[] { "nothing", "one of Outbound, Inbound or Target done", "Trade done", "Onboarding done", "Usage done", "one of Renew, Upsell or Cross-sell done" },
                BowtieModel.Processes.Select(p => BowtieModel.DefaultExitCriteria[p.Name].Describe()));
        }

        [Theory]
        [InlineData(269839999, false)]
        [InlineData(269840000, true)]
        [InlineData(269840006, true)]
        [InlineData(269840007, false)]
        public void IsStage_OnlyTheSevenValues(int value, bool expected) => Assert.Equal(expected, BowtieModel.IsStage(value));

        [Fact]
        public void Between_ListsSkippedStages()
        {
            Assert.Equal(new[] { "SQL", "Commit" }, BowtieModel.Between(BowtieStage.Mql, BowtieStage.Live).Select(s => s.Label));
            Assert.Null(BowtieModel.Next(BowtieStage.Ltv));
            Assert.Null(BowtieModel.ProcessLeaving(BowtieStage.Ltv));
        }
    }
}
