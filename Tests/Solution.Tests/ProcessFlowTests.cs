using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>The "Bowtie journey" flow in the solution is the model's processes: stages, steps and required steps.</summary>
    public class ProcessFlowTests
    {
        private static readonly XName Key = XName.Get("Key", "http://schemas.microsoft.com/winfx/2006/xaml");

        private static XDocument Xaml() =>
            XDocument.Load(Directory.EnumerateFiles(Path.Combine(ShippedSolution.Folder, "Workflows"), "*.xaml").Single());

        private static bool Is(XElement e, string activity) =>
            e.Name.LocalName == "ActivityReference" &&
            ((string?)e.Attribute("AssemblyQualifiedName") ?? string.Empty).StartsWith($"Microsoft.Crm.Workflow.Activities.{activity},", StringComparison.Ordinal);

        private static string? Property(XElement activity, string key) =>
            activity.Elements().Where(e => e.Name.LocalName == "ActivityReference.Properties").Elements().FirstOrDefault(e => (string?)e.Attribute(Key) == key)?.Value;

        [Fact]
        public void Stages_AreTheProcessesInOrderWithTheirIds()
        {
            var stages = Xaml().Descendants().Where(e => Is(e, "StageComposite")).Select(s => Guid.Parse(Property(s, "StageId")!)).ToList();

            Assert.Equal(BowtieModel.Processes.Select(p => p.FlowStageId), stages);
        }

        [Fact]
        public void Steps_AreEachProcesssTasks_RequiredExactlyWhereTheDefaultCriterionNeedsAllOfThem()
        {
            foreach (var stage in Xaml().Descendants().Where(e => Is(e, "StageComposite")))
            {
                var process = BowtieModel.ProcessByFlowStage(Guid.Parse(Property(stage, "StageId")!))!;
                var steps = stage.Descendants().Where(e => Is(e, "StepComposite"))
                    .Select(s => (Field: (string)s.Descendants().Single(c => c.Name.LocalName == "Control").Attribute("DataFieldName")!,
                        Required: bool.Parse(Property(s, "IsProcessRequired")!)))
                    .ToList();
                var criterion = BowtieModel.DefaultExitCriteria[process.Name];

                Assert.Equal(process.Tasks.Select(t => t.DoneColumn), steps.Select(s => s.Field));
                var required = criterion.RequiresAll ? criterion.Tasks.Select(t => BowtieModel.Task(t).DoneColumn) : Enumerable.Empty<string>();
                Assert.Equal(required.OrderBy(c => c), steps.Where(s => s.Required).Select(s => s.Field).OrderBy(c => c));
            }
        }
    }
}
