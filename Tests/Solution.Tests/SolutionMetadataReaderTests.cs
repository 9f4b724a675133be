using System;
using System.IO;
using System.Linq;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Solutions;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>The in-memory org's tables come from the shipped solution itself, so the plugins are tested against it.</summary>
    public sealed class SolutionMetadataReaderTests
    {
        private static MetadataModel ReadShippedSolution() => SolutionMetadataReader.Read(ShippedSolution.Zip);

        [Fact]
        public void Read_ShippedSolution_JourneyCascadesItsDeleteToHistoryAndFlowInstance_AndSkipsPlatformOnlyRelationships()
        {
            var metadata = ReadShippedSolution();

            var fromJourney = metadata.OneToManyFrom("bowtie_journey").ToDictionary(r => r.ReferencingEntity);
            Assert.Equal(CascadeBehavior.Cascade, fromJourney["bowtie_stagetransition"].CascadeDelete);
            Assert.Equal("bowtie_journeyid", fromJourney["bowtie_stagetransition"].ReferencingAttribute);
            Assert.Equal(CascadeBehavior.Cascade, fromJourney["bowtie_bowtiejourneyflow"].CascadeDelete);
            Assert.Empty(metadata.OneToManyFrom("transactioncurrency")); // not a table the org models
        }

        [Fact]
        public void ShippedSolution_DeletingAJourney_WithEveryShippedStep_LeavesNoHistoryOrFlowInstance()
        {
            var org = new DataverseFunnel.InMemory.InMemoryOrganization(ReadShippedSolution());
            org.RegisterPluginsFrom(typeof(DataverseFunnel.Plugins.PluginBase).Assembly);
            var service = org.CreateService();
            var id = service.Create(new Microsoft.Xrm.Sdk.Entity("bowtie_journey") { ["bowtie_name"] = "Contoso" });
            org.CreateBusinessProcessFlowInstance("bowtie_bowtiejourneyflow", new Microsoft.Xrm.Sdk.EntityReference("bowtie_journey", id));
            Assert.NotEmpty(org.All("bowtie_stagetransition"));

            service.Delete("bowtie_journey", id);

            Assert.Empty(org.All("bowtie_journey"));
            Assert.Empty(org.All("bowtie_stagetransition"));
            Assert.Empty(org.All("bowtie_bowtiejourneyflow"));
        }

        [Fact]
        public void ShippedSolution_AssigningAJourney_WithEveryShippedStep_ReassignsItsHistory()
        {
            var seller = new Guid("5e11e400-0000-0000-0000-000000000001");
            var manager = new Guid("5e11e400-0000-0000-0000-000000000002");
            var metadata = ReadShippedSolution();
            Assert.Equal(CascadeBehavior.Cascade, metadata.OneToManyFrom("bowtie_journey").Single(r => r.ReferencingEntity == "bowtie_stagetransition").CascadeAssign);
            Assert.Equal(CascadeBehavior.NoCascade, metadata.OneToManyFrom("bowtie_journey").Single(r => r.ReferencingEntity == "bowtie_bowtiejourneyflow").CascadeAssign);
            var org = new DataverseFunnel.InMemory.InMemoryOrganization(metadata);
            org.RegisterPluginsFrom(typeof(DataverseFunnel.Plugins.PluginBase).Assembly);
            var id = org.CreateService(seller).Create(new Microsoft.Xrm.Sdk.Entity("bowtie_journey") { ["bowtie_name"] = "Contoso" });
            Assert.All(org.All("bowtie_stagetransition"), r => Assert.Equal(seller, r.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>("ownerid")!.Id));

            org.CreateService(seller).Update(new Microsoft.Xrm.Sdk.Entity("bowtie_journey", id) { ["ownerid"] = new Microsoft.Xrm.Sdk.EntityReference("systemuser", manager) });

            var history = Assert.Single(org.All("bowtie_stagetransition"));
            Assert.Equal(manager, history.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>("ownerid")!.Id);
        }

        [Fact]
        public void Read_ShippedSolution_DeclaresTheBowtieTablesWithTheirColumns()
        {
            var metadata = ReadShippedSolution();

            var journey = metadata.FindTable("bowtie_journey")!;
            Assert.Equal("bowtie_journeyid", journey.PrimaryIdAttribute);
            Assert.Equal("bowtie_name", journey.PrimaryNameAttribute);
            foreach (var stage in BowtieModel.Stages)
            {
                Assert.Equal(ColumnType.DateTime, journey.FindColumn(stage.FirstEnteredColumn)?.Type);
            }

            foreach (var task in BowtieModel.Tasks)
            {
                Assert.Equal(ColumnType.Boolean, journey.FindColumn(task.DoneColumn)?.Type);
            }

            Assert.Equal(ColumnType.Customer, journey.FindColumn("bowtie_customerid")?.Type);
            Assert.Equal(1048576, journey.FindColumn("bowtie_description")?.MaxLength);
            Assert.NotNull(metadata.FindTable("bowtie_stagetransition"));
            Assert.NotNull(metadata.FindTable("bowtie_vocabularyterm"));
        }

        [Fact]
        public void Read_ShippedSolution_ChoiceValuesAreTheModels()
        {
            var journey = ReadShippedSolution().FindTable("bowtie_journey")!;

            Assert.Equal(BowtieModel.Stages.Select(s => (int)s.Stage), journey.FindColumn("bowtie_stage")!.ValidValues);
            Assert.Equal(BowtieModel.Tasks.Select(t => (int)t.Task), journey.FindColumn("bowtie_currenttask")!.ValidValues);
            Assert.Contains(journey.States, s => s.State == 1 && s.Statuses.SequenceEqual(new[] { 269840000, 269840001 }));
        }

        [Fact]
        public void Read_ShippedSolution_ProcessFlowStagesAreTheModelsProcesses()
        {
            var flow = ReadShippedSolution().BusinessProcessFlows.Single();

            Assert.Equal("bowtie_bowtiejourneyflow", flow.TableName);
            Assert.Equal("bowtie_journey", flow.PrimaryEntity);
            Assert.Equal(BowtieModel.Processes.Select(p => (p.FlowStageId, p.Name)), flow.Stages.Select(s => (s.Id, s.Name)));
        }

        [Fact]
        public void Read_ShippedSolution_LookupTargetsComeFromRelationships()
        {
            var transition = ReadShippedSolution().FindTable("bowtie_stagetransition")!;

            Assert.Equal(new[] { "bowtie_journey" }, transition.FindColumn("bowtie_journeyid")!.Targets);
            Assert.Equal(new[] { "systemuser" }, transition.FindColumn("bowtie_movedby")!.Targets);
        }
    }
}
