using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.InMemory.Bpf;

namespace DataverseFunnel.InMemory.Solutions;

/// <summary>Reads the stages of a business process flow from its XAML: each StageComposite's StageId and label, in order.</summary>
internal static class BusinessProcessFlowXaml
{
    private const string XamlNamespace = "http://schemas.microsoft.com/winfx/2006/xaml";

    public static IReadOnlyList<BusinessProcessFlowStage> Stages(string xaml)
    {
        var document = XDocument.Parse(xaml);
        var key = XName.Get("Key", XamlNamespace);
        var stages = new List<BusinessProcessFlowStage>();
        foreach (var stage in document.Descendants().Where(IsStageComposite))
        {
            var id = stage.Descendants().FirstOrDefault(e => (string?)e.Attribute(key) == "StageId")?.Value;
            if (id is null || !Guid.TryParse(id, out var stageId))
            {
                continue;
            }

            // The stage's own label carries the stage id as its LabelId; step labels carry other ids.
            var label = stage.Descendants().Where(e => e.Name.LocalName == "StepLabel")
                .FirstOrDefault(l => Guid.TryParse((string?)l.Attribute("LabelId"), out var labelId) && labelId == stageId);
            var category = stage.Descendants().FirstOrDefault(e => (string?)e.Attribute(key) == "StageCategory")?.Value;
            stages.Add(new BusinessProcessFlowStage(stageId, (string?)label?.Attribute("Description") ?? stageId.ToString(),
                int.TryParse(category, out var c) ? c : null));
        }

        return stages;
    }

    private static bool IsStageComposite(XElement element) =>
        element.Name.LocalName == "ActivityReference" &&
        ((string?)element.Attribute("AssemblyQualifiedName") ?? string.Empty).StartsWith("Microsoft.Crm.Workflow.Activities.StageComposite,", StringComparison.Ordinal);
}
