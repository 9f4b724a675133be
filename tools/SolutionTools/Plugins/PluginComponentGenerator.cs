using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.Registration;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Xml;

namespace DataverseFunnel.SolutionTools.Plugins
{
    /// <summary>
    /// Generates the plugin assembly and one step per [StepRegistration] in the unpacked layout real exports use
    /// (PluginAssemblies/&lt;Name&gt;-&lt;ID&gt;/&lt;Name&gt;.dll(.data.xml), the name without dots, SdkMessageProcessingSteps/{id}.xml), so the
    /// registrations are written once — in the plugin code — and never maintained by hand in the solution.
    /// </summary>
    internal static class PluginComponentGenerator
    {
        public const string AssemblyFolder = "PluginAssemblies";
        public const string StepFolder = "SdkMessageProcessingSteps";

        public static GeneratedPluginComponents Generate(PluginAssemblyInfo assembly, byte[] dll, Guid assemblyId, string introducedVersion)
        {
            var problems = new List<string>();
            // Dataverse names both the folder and the file after the assembly name without its dots.
            var fileStem = assembly.Name.Replace(".", string.Empty);
            var directory = $"{AssemblyFolder}/{fileStem}-{assemblyId.ToString("D").ToUpperInvariant()}";
            var dllPath = $"{directory}/{fileStem}.dll";
            var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal) { [dllPath] = dll };

            var types = assembly.PluginTypeNames.OrderBy(t => t, StringComparer.Ordinal)
                .Select(t => new XElement(
                    "PluginType",
                    new XAttribute("AssemblyQualifiedName", $"{t}, {assembly.FullName}"),
                    new XAttribute("PluginTypeId", PluginTypeId(assemblyId, t).ToString("D")),
                    new XAttribute("Name", t),
                    new XElement("FriendlyName", t)));
            var definition = new XElement(
                "PluginAssembly",
                new XAttribute("FullName", assembly.FullName),
                new XAttribute("PluginAssemblyId", assemblyId.ToString("D")),
                new XAttribute("CustomizationLevel", 1),
                new XElement("IsolationMode", 2),
                new XElement("SourceType", 0),
                new XElement("IntroducedVersion", introducedVersion),
                new XElement("FileName", "/" + dllPath),
                new XElement("PluginTypes", types));
            files[dllPath + ".data.xml"] = StableXml.ToBytes(new XDocument(definition));

            var roots = new List<RootComponent>
            {
                new(91, assemblyId.ToString("D"), assembly.FullName),
            };
            foreach (var step in assembly.Steps.OrderBy(s => s.Id))
            {
                if (!assembly.PluginTypeNames.Contains(step.PluginTypeName, StringComparer.Ordinal))
                {
                    problems.Add($"step {step.Id} names plugin type {step.PluginTypeName}, which is not an IPlugin class of {assembly.Name}");
                    continue;
                }

                if (!SdkMessages.TryGetId(step.Message, out var messageId))
                {
                    problems.Add($"step {step.Id} ({step.PluginTypeName}) uses message '{step.Message}', which has no known sdkmessageid; use one of the standard messages");
                    continue;
                }

                var xml = StepXml(step, assembly, assemblyId, messageId, introducedVersion);
                files[$"{StepFolder}/{{{step.Id:D}}}.xml"] = StableXml.ToBytes(new XDocument(xml));
                roots.Add(new RootComponent(92, step.Id.ToString("D"), null));
            }

            return new GeneratedPluginComponents(files, roots, problems);
        }

        /// <summary>Plugin type ids are name-based under the assembly id: stable, and unique per assembly.</summary>
        public static Guid PluginTypeId(Guid assemblyId, string typeFullName) => NameBasedGuid.Create(assemblyId, typeFullName);

        private static XElement StepXml(StepDefinition step, PluginAssemblyInfo assembly, Guid assemblyId, Guid messageId, string introducedVersion)
        {
            var element = new XElement(
                "SdkMessageProcessingStep",
                new XAttribute("Name", step.Name),
                new XAttribute("SdkMessageProcessingStepId", "{" + step.Id.ToString("D") + "}"),
                new XElement("PluginTypeName", $"{step.PluginTypeName}, {assembly.FullName}"),
                new XElement("PluginTypeId", PluginTypeId(assemblyId, step.PluginTypeName).ToString("D")),
                new XElement("PrimaryEntity", step.PrimaryEntity),
                new XElement("AsyncAutoDelete", 0));
            if (step.UnsecureConfiguration is not null)
            {
                element.Add(new XElement("Configuration", step.UnsecureConfiguration));
            }

            if (step.Description is not null)
            {
                element.Add(new XElement("Description", step.Description));
            }

            element.Add(
                new XElement("FilteringAttributes", string.Join(",", step.FilteringAttributes)),
                new XElement("InvocationSource", 0),
                new XElement("Mode", (int)step.Mode),
                new XElement("Rank", step.Rank),
                new XElement("SdkMessageId", "{" + messageId.ToString("D") + "}"),
                new XElement("EventHandlerTypeCode", 4602),
                new XElement("Stage", (int)step.Stage),
                new XElement("IsCustomizable", 1),
                new XElement("IsHidden", 0),
                new XElement("SupportedDeployment", 0),
                new XElement("IntroducedVersion", introducedVersion),
                new XElement("SdkMessageProcessingStepImages", step.Images.Select(i => ImageXml(step, i, introducedVersion))));
            return element;
        }

        private static XElement ImageXml(StepDefinition step, StepImage image, string introducedVersion)
        {
            var element = new XElement(
                "SdkMessageProcessingStepImage",
                new XAttribute("Name", image.Alias),
                new XElement("SdkMessageProcessingStepImageId", "{" + NameBasedGuid.Create(step.Id, $"image/{image.Kind}/{image.Alias}").ToString("D") + "}"));
            if (image.Attributes.Count > 0)
            {
                element.Add(new XElement("Attributes", string.Join(",", image.Attributes)));
            }

            element.Add(
                new XElement("EntityAlias", image.Alias),
                new XElement("ImageType", (int)image.Kind),
                new XElement("MessagePropertyName", SdkMessages.ImagePropertyName(step.Message)),
                new XElement("IsCustomizable", 1),
                new XElement("IntroducedVersion", introducedVersion));
            return element;
        }
    }

    /// <summary>Files to lay over the folder, the root components they need, and anything that stopped a step from being generated.</summary>
    internal sealed record GeneratedPluginComponents(
        IReadOnlyDictionary<string, byte[]> Files,
        IReadOnlyList<RootComponent> RootComponents,
        IReadOnlyList<string> Problems);
}
