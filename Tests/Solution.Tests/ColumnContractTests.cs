using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.InMemory.Solutions;
using DataverseFunnel.Plugins;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;
using DataverseFunnel.Registration;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>Every column the plugins read or write, filter on or ask for in an image exists in the shipped tables.</summary>
    public class ColumnContractTests
    {
        private static readonly Lazy<MetadataModel> Metadata = new(() => SolutionMetadataReader.Read(ShippedSolution.Zip));

        private static IEnumerable<string> Constants(Type schema, params string[] notColumns) =>
            schema.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && !notColumns.Contains(f.Name))
                .Select(f => (string)f.GetRawConstantValue()!);

        private static void AssertColumnsExist(string table, IEnumerable<string> columns)
        {
            var metadata = Metadata.Value.FindTable(table);
            Assert.True(metadata is not null, $"the solution has no table '{table}'");
            var missing = columns.Where(c => metadata!.FindColumn(c) is null).ToList();
            Assert.True(missing.Count == 0, $"{table} lacks {string.Join(", ", missing)}");
        }

        [Fact]
        public void JourneyColumns_AllInTheJourneyTable()
        {
            AssertColumnsExist(JourneyColumns.Table, Constants(typeof(JourneyColumns), nameof(JourneyColumns.Table))
                .Concat(BowtieModel.Stages.Select(s => s.FirstEnteredColumn))
                .Concat(BowtieModel.Tasks.Select(t => t.DoneColumn)));
        }

        [Fact]
        public void StageTransitionColumns_AllInTheHistoryTable()
        {
            AssertColumnsExist(StageTransitionColumns.Table, Constants(typeof(StageTransitionColumns), nameof(StageTransitionColumns.Table)));
        }

        [Fact]
        public void JourneyFlowColumns_AllInTheFlowTable()
        {
            AssertColumnsExist(JourneyFlowColumns.Table, Constants(typeof(JourneyFlowColumns),
                nameof(JourneyFlowColumns.Table), nameof(JourneyFlowColumns.ProcessStageTable), nameof(JourneyFlowColumns.WorkflowTable)));
        }

        [Fact]
        public void VocabularyTermColumns_AllInTheTermTable()
        {
            AssertColumnsExist(VocabularyColumns.TermTable, new[]
            {
                VocabularyColumns.TermName, VocabularyColumns.TermPreferred, VocabularyColumns.TermWhy, VocabularyColumns.TermAction,
                VocabularyColumns.TermVariants, VocabularyColumns.TermState,
            });
        }

        [Fact]
        public void VocabularyGuardTextColumns_AllInTheirTables()
        {
            AssertColumnsExist(JourneyColumns.Table, VocabularyColumns.TextColumns(JourneyColumns.Table));
            AssertColumnsExist(StageTransitionColumns.Table, VocabularyColumns.TextColumns(StageTransitionColumns.Table));
        }

        [Fact]
        public void VocabularyGuard_UpdateStepsFilterOnExactlyTheGuardedTextColumns()
        {
            var updates = StepRegistrationReader.FromType(typeof(VocabularyGuardPlugin)).Where(s => s.Message == "Update").ToList();

            Assert.Equal(2, updates.Count);
            foreach (var step in updates)
            {
                Assert.Equal(VocabularyColumns.TextColumns(step.PrimaryEntity).OrderBy(c => c), step.FilteringAttributes.OrderBy(c => c));
            }
        }

        [Fact]
        public void EveryStepRegistration_FiltersAndImagesOnlyOnExistingColumns()
        {
            var steps = StepRegistrationReader.FromAssembly(typeof(PluginBase).Assembly);

            Assert.NotEmpty(steps);
            foreach (var step in steps)
            {
                AssertColumnsExist(step.PrimaryEntity, step.FilteringAttributes.Concat(step.Images.SelectMany(i => i.Attributes)));
            }
        }
    }
}
