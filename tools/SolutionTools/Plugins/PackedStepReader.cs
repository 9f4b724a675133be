using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Plugins
{
    /// <summary>
    /// Reads the steps a packed solution ships back into <see cref="StepDefinition"/> records, so the demo can register
    /// exactly what an admin would import — proof that the shipped registrations match the plugin attributes.
    /// </summary>
    public static class PackedStepReader
    {
        /// <summary>Steps of a solution zip on disk.</summary>
        public static IReadOnlyList<StepDefinition> FromZip(string zipPath) => FromPackage(SolutionZipReader.Read(zipPath).Package);

        /// <summary>Steps of a package in memory. Throws <see cref="StepRegistrationException"/> on a step it cannot map.</summary>
        public static IReadOnlyList<StepDefinition> FromPackage(SolutionPackage package) => FromCustomizations(package.Customizations);

        internal static IReadOnlyList<StepDefinition> FromCustomizations(XDocument customizations)
        {
            var root = customizations.Root!;
            var typeNames = root.Elements("SolutionPluginAssemblies").Elements("PluginAssembly").Elements("PluginTypes").Elements("PluginType")
                .Where(t => Guid.TryParse(t.Attribute("PluginTypeId")?.Value, out _))
                .GroupBy(t => Guid.Parse(t.Attribute("PluginTypeId")!.Value))
                .ToDictionary(g => g.Key, g => TypeName(g.First()));
            return root.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep")
                .Select(s => ToStep(s, typeNames))
                .OrderBy(s => s.PluginTypeName, StringComparer.Ordinal)
                .ThenBy(s => s.Id)
                .ToList();
        }

        private static StepDefinition ToStep(XElement step, IReadOnlyDictionary<Guid, string> typeNames)
        {
            var id = ParseGuid(step.Attribute("SdkMessageProcessingStepId")?.Value, "SdkMessageProcessingStepId", step);
            var messageId = ParseGuid(step.Element("SdkMessageId")?.Value, "SdkMessageId", step);
            if (!SdkMessages.TryGetName(messageId, out var message))
            {
                throw new StepRegistrationException($"step {id}: SdkMessageId {messageId} is not a known message");
            }

            var pluginTypeId = Guid.TryParse(step.Element("PluginTypeId")?.Value, out var parsed) ? parsed : Guid.Empty;
            var pluginType = typeNames.TryGetValue(pluginTypeId, out var name)
                ? name
                : (step.Element("PluginTypeName")?.Value ?? string.Empty).Split(',')[0].Trim();
            var images = step.Elements("SdkMessageProcessingStepImages").Elements("SdkMessageProcessingStepImage")
                .SelectMany(ToImages)
                .ToList();
            return new StepDefinition(
                id,
                step.Attribute("Name")?.Value ?? string.Empty,
                pluginType,
                message,
                step.Element("PrimaryEntity")?.Value ?? string.Empty,
                (PipelineStage)Int(step, "Stage"),
                (ExecutionMode)Int(step, "Mode"),
                Int(step, "Rank"),
                Split(step.Element("FilteringAttributes")?.Value),
                images,
                step.Element("Configuration")?.Value,
                step.Element("Description")?.Value);
        }

        private static IEnumerable<StepImage> ToImages(XElement image)
        {
            var alias = image.Element("EntityAlias")?.Value ?? image.Attribute("Name")?.Value ?? string.Empty;
            var attributes = Split(image.Element("Attributes")?.Value);
            var type = int.TryParse(image.Element("ImageType")?.Value, out var value) ? value : 0;
            if (type is 0 or 2)
            {
                yield return new StepImage(alias, StepImageKind.PreImage, attributes);
            }

            if (type is 1 or 2)
            {
                yield return new StepImage(alias, StepImageKind.PostImage, attributes);
            }
        }

        private static string TypeName(XElement pluginType) =>
            pluginType.Attribute("AssemblyQualifiedName")?.Value.Split(',')[0].Trim() ?? pluginType.Attribute("Name")?.Value ?? string.Empty;

        private static IReadOnlyList<string> Split(string? list) =>
            (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static int Int(XElement step, string name) =>
            int.TryParse(step.Element(name)?.Value, out var value)
                ? value
                : throw new StepRegistrationException($"step {step.Attribute("SdkMessageProcessingStepId")?.Value}: <{name}> is missing or not a number");

        private static Guid ParseGuid(string? value, string what, XElement step) =>
            Guid.TryParse(value, out var id)
                ? id
                : throw new StepRegistrationException($"step {step.Attribute("Name")?.Value}: {what} '{value}' is not a GUID");
    }
}
