using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.Cli.Org
{
    /// <summary>What a solution zip ships that <c>funnel deploy</c> checks in the org afterwards: its plugin assemblies, every
    /// plugin step, its business process flows and the entity sets of its tables, read from customizations.xml.</summary>
    internal sealed record DeploymentTargets(
        string UniqueName,
        IReadOnlyList<(Guid Id, string Name)> Assemblies,
        IReadOnlyList<(Guid Id, string Name)> Steps,
        IReadOnlyList<(Guid Id, string Name)> Flows,
        IReadOnlyList<string> EntitySets)
    {
        /// <summary>Business process flows are workflows of category 4.
        /// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/workflow#category-choicesoptions</summary>
        private const string BusinessProcessFlowCategory = "4";

        /// <exception cref="InvalidDataException">Not a solution zip.</exception>
        public static DeploymentTargets FromZip(byte[] zip)
        {
            XDocument customizations;
            XDocument solution;
            try
            {
                using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
                customizations = Load(archive, SolutionPackage.CustomizationsPart);
                solution = Load(archive, SolutionPackage.SolutionPart);
            }
            catch (Exception e) when (e is System.Xml.XmlException)
            {
                throw new InvalidDataException($"not a solution zip: {e.Message}");
            }

            var root = customizations.Root!;
            return new DeploymentTargets(
                solution.Root?.Element("SolutionManifest")?.Element("UniqueName")?.Value.Trim() ?? string.Empty,
                Components(root.Elements("SolutionPluginAssemblies").Elements("PluginAssembly"), "PluginAssemblyId", "FullName", n => n.Split(',')[0].Trim()),
                Components(root.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep"), "SdkMessageProcessingStepId", "Name", n => n),
                Components(root.Elements("Workflows").Elements("Workflow").Where(w => w.Element("Category")?.Value.Trim() == BusinessProcessFlowCategory), "WorkflowId", "Name", n => n),
                root.Elements("Entities").Elements("Entity").Elements("EntityInfo").Elements("entity").Elements("EntitySetName")
                    .Select(e => e.Value.Trim()).Where(s => s.Length > 0).ToList());
        }

        private static XDocument Load(ZipArchive archive, string name)
        {
            var entry = archive.GetEntry(name) ?? throw new InvalidDataException($"not a solution zip: no {name}");
            using var stream = entry.Open();
            return XDocument.Load(stream);
        }

        private static List<(Guid, string)> Components(IEnumerable<XElement> elements, string idAttribute, string nameAttribute, Func<string, string> name) =>
            elements
                .Select(e => (Id: Guid.TryParse(e.Attribute(idAttribute)?.Value, out var id) ? id : Guid.Empty, Name: name(e.Attribute(nameAttribute)?.Value ?? string.Empty)))
                .Where(c => c.Id != Guid.Empty)
                .ToList();
    }
}
