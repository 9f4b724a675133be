using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Xml;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// Business process flows (workflow Category 4) have no schema: BPF001 backing table (UniqueName, IsBPFEntity=1) in
    /// the solution, BPF002 x:Class = "XrmWorkflow" + id without dashes, BPF003 the stage chain (every NextStageId is a
    /// stage, the chain from the first stage reaches every stage and ends), BPF004 every LabelId has a steplabels entry,
    /// BPF005 StageCategory 0–7, BPF006 every step's DataFieldName is a column of its stage's table; XML001 for unreadable XAML.
    /// </summary>
    internal static class ProcessFlowRules
    {
        private const string XamlNamespace = "http://schemas.microsoft.com/winfx/2006/xaml";

        public static void Check(CheckContext context)
        {
            foreach (var workflow in context.Customizations.Elements("Workflows").Elements("Workflow").Where(w => w.Element("Category")?.Value.Trim() == "4"))
            {
                CheckBackingTable(context, workflow);
                var xaml = ReadXaml(context, workflow, out var xamlPath, reportMalformed: true);
                if (xaml is null)
                {
                    continue;
                }

                CheckClass(context, workflow, xaml, xamlPath);
                CheckStages(context, workflow, xaml, xamlPath);
            }
        }

        private static void CheckBackingTable(CheckContext context, XElement workflow)
        {
            var uniqueName = (workflow.Element("UniqueName")?.Value ?? string.Empty).Trim().ToLowerInvariant();
            if (!context.Tables.TryGetValue(uniqueName, out var table) || !CheckContext.IsBusinessProcessTable(table))
            {
                context.Report(workflow.Element("UniqueName") ?? workflow, "customizations.xml", "BPF001",
                    $"business process flow '{workflow.Attribute("Name")?.Value}' has no backing table '{uniqueName}' with IsBPFEntity=1 in the solution (import refuses it)",
                    "add Entities/<uniquename>/Entity.xml with <IsBPFEntity>1</IsBPFEntity> and root it (type 1)");
            }
        }

        private static void CheckClass(CheckContext context, XElement workflow, XDocument xaml, string path)
        {
            var id = Guid.TryParse(workflow.Attribute("WorkflowId")?.Value, out var parsed) ? parsed.ToString("N") : string.Empty;
            var expected = "XrmWorkflow" + id;
            var actual = xaml.Root?.Attribute(XName.Get("Class", XamlNamespace))?.Value;
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                context.Report(xaml.Root, path, "BPF002", $"x:Class is '{actual}', expected '{expected}' (\"XrmWorkflow\" + workflow id without dashes)", $"set x:Class=\"{expected}\" (and the this:{expected}.… property elements)");
            }
        }

        private static void CheckStages(CheckContext context, XElement workflow, XDocument xaml, string path)
        {
            var labels = workflow.Elements("labels").Elements("steplabels")
                .Select(l => ComponentId(l.Attribute("id")?.Value))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var label in xaml.Descendants().Where(e => e.Name.LocalName == "StepLabel"))
            {
                var labelId = ComponentId(label.Attribute("LabelId")?.Value);
                if (!labels.Contains(labelId))
                {
                    context.Report(label, path, "BPF004", $"LabelId {labelId} has no <steplabels id=\"{{{labelId}}}\"> in the workflow definition", "add the label to <labels> of the workflow's .xaml.data.xml");
                }
            }

            var stages = Activities(xaml, "Microsoft.Crm.Workflow.Activities.StageComposite").Select(s => new Stage(s)).ToList();
            var byId = stages.Where(s => s.Id.Length > 0).GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var stage in stages)
            {
                if (stage.Category is null || stage.Category < 0 || stage.Category > 7)
                {
                    context.Report(stage.Element, path, "BPF005", $"stage {stage.Id} has StageCategory '{stage.CategoryText}', not 0–7", "use a processstage category: 0 Qualify, 1 Develop, 2 Propose, 3 Close, 4 Identify, 5 Research, 6 Resolve, 7 Approval");
                }

                if (stage.NextId is { } next && !byId.ContainsKey(next))
                {
                    context.Report(stage.Element, path, "BPF003", $"stage {stage.Id} has NextStageId {next}, which is no stage of this flow", "point NextStageId at the following stage's StageId (x:Null on the last stage)");
                }

                CheckFields(context, stage, path);
            }

            var branching = xaml.Descendants().Any(e => e.Name.LocalName is "SetNextStage" || (e.Attribute("AssemblyQualifiedName")?.Value ?? string.Empty).Contains("ConditionSequence", StringComparison.Ordinal));
            if (stages.Count > 0 && !branching)
            {
                CheckChain(context, stages, byId, path);
            }
        }

        private static void CheckChain(CheckContext context, IReadOnlyList<Stage> stages, IReadOnlyDictionary<string, Stage> byId, string path)
        {
            var visited = new HashSet<string>(StringComparer.Ordinal);
            var current = stages[0];
            while (true)
            {
                if (!visited.Add(current.Id))
                {
                    context.Report(current.Element, path, "BPF003", $"the stage chain loops back to stage {current.Id}", "make NextStageId lead forward to a last stage with <x:Null x:Key=\"NextStageId\" />");
                    return;
                }

                if (current.NextId is null || !byId.TryGetValue(current.NextId, out var next))
                {
                    break;
                }

                current = next;
            }

            foreach (var stage in stages.Where(s => !visited.Contains(s.Id)))
            {
                context.Report(stage.Element, path, "BPF003", $"stage {stage.Id} is not reached from the first stage through NextStageId", "chain every stage: set the previous stage's NextStageId to this StageId");
            }
        }

        private static void CheckFields(CheckContext context, Stage stage, string path)
        {
            var table = StageTable(stage.Element);
            var columns = table.Length == 0 ? null : context.ColumnsOf(table);
            if (columns is null)
            {
                return; // table outside the solution (or shipped without columns): nothing to compare against
            }

            foreach (var control in stage.Element.Descendants().Where(e => e.Name.LocalName == "Control" && e.Attribute("DataFieldName") is not null))
            {
                var field = control.Attribute("DataFieldName")!.Value;
                if (!columns.Contains(field.ToLowerInvariant()))
                {
                    context.ReportMissingColumn(control, path, "BPF006", field, table, $"step field '{field}' is not a column of table '{table}'", $"use a column of {table} or add the column to Entities/{table}/Entity.xml");
                }
            }
        }

        /// <summary>
        /// A flow's XAML part, parsed; null when the workflow names none, the zip lacks it (ZIP004 reports that) or it is
        /// malformed (reported once, as XML001, by the caller that asks to).
        /// </summary>
        internal static XDocument? ReadXaml(CheckContext context, XElement workflow, out string path, bool reportMalformed)
        {
            path = SolutionPackage.ToZipPath(workflow.Element("XamlFileName")?.Value ?? string.Empty);
            if (path.Length == 0 || !context.Package.Parts.TryGetValue(path, out var bytes))
            {
                return null;
            }

            try
            {
                return StableXml.Parse(bytes, path);
            }
            catch (XmlException e)
            {
                if (reportMalformed)
                {
                    context.Add(new Diagnostic(path, $"line {e.LineNumber}", "XML001", $"malformed XAML: {e.Message}", "fix the XML syntax"));
                }

                return null;
            }
        }

        /// <summary>The table a stage or step runs on: its entity step's display name is "EntityStepN: &lt;table&gt;".</summary>
        internal static string StageTable(XElement element)
        {
            var entityStep = element.Ancestors().FirstOrDefault(a => (a.Attribute("AssemblyQualifiedName")?.Value ?? string.Empty).StartsWith("Microsoft.Crm.Workflow.Activities.EntityComposite", StringComparison.Ordinal));
            var display = entityStep?.Attribute("DisplayName")?.Value ?? string.Empty;
            return display.Contains(':') ? display[(display.IndexOf(':') + 1)..].Trim() : string.Empty;
        }

        private static IEnumerable<XElement> Activities(XDocument xaml, string typeName) =>
            xaml.Descendants().Where(e => e.Name.LocalName == "ActivityReference" && (e.Attribute("AssemblyQualifiedName")?.Value ?? string.Empty).StartsWith(typeName + ",", StringComparison.Ordinal));

        private static string ComponentId(string? value) => Guid.TryParse(value, out var id) ? id.ToString("D") : (value ?? string.Empty).Trim().ToLowerInvariant();

        /// <summary>The keyed properties of one StageComposite (its own, not those of nested steps).</summary>
        private sealed class Stage
        {
            public Stage(XElement element)
            {
                Element = element;
                var properties = element.Elements().FirstOrDefault(e => e.Name.LocalName == "ActivityReference.Properties")?.Elements().ToList() ?? new List<XElement>();
                XElement? Key(string key) => properties.FirstOrDefault(p => p.Attribute(XName.Get("Key", XamlNamespace))?.Value == key);
                Id = ComponentId(Key("StageId")?.Value);
                CategoryText = Key("StageCategory")?.Value ?? string.Empty;
                Category = int.TryParse(CategoryText, out var category) ? category : null;
                var next = Key("NextStageId");
                NextId = next is null || next.Name.LocalName == "Null" || next.Value.Trim().Length == 0 ? null : ComponentId(next.Value);
            }

            public XElement Element { get; }

            public string Id { get; }

            public string CategoryText { get; }

            public int? Category { get; }

            public string? NextId { get; }
        }
    }
}
