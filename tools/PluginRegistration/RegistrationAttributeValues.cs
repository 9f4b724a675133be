using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Plugins.Registration;

namespace DataverseFunnel.Registration
{
    /// <summary>
    /// The raw arguments of one [StepRegistration] attribute, however they were read (reflection or metadata), and
    /// their conversion into a <see cref="StepDefinition"/>. Reading by name keeps readers free of a binary
    /// dependency on the plugin assembly.
    /// </summary>
    internal sealed class RegistrationAttributeValues
    {
        public const string AttributeNamespace = "DataverseFunnel.Plugins.Registration";
        public const string AttributeName = "StepRegistrationAttribute";

        public RegistrationAttributeValues(IReadOnlyList<object?> positional, IReadOnlyDictionary<string, object?> named)
        {
            Positional = positional;
            Named = named;
        }

        public IReadOnlyList<object?> Positional { get; }

        public IReadOnlyDictionary<string, object?> Named { get; }

        public StepDefinition ToStep(string pluginTypeName)
        {
            if (Positional.Count != 5)
            {
                throw new StepRegistrationException(
                    $"{pluginTypeName}: [StepRegistration] needs (id, message, table, stage, mode); found {Positional.Count} arguments.");
            }

            var idText = Positional[0] as string;
            if (!Guid.TryParse(idText, out var id))
            {
                throw new StepRegistrationException($"{pluginTypeName}: step id '{idText}' is not a GUID.");
            }

            var message = Positional[1] as string ?? string.Empty;
            var entity = Positional[2] as string ?? string.Empty;
            var stage = (PipelineStage)Convert.ToInt32(Positional[3], System.Globalization.CultureInfo.InvariantCulture);
            var mode = (ExecutionMode)Convert.ToInt32(Positional[4], System.Globalization.CultureInfo.InvariantCulture);

            var images = new List<StepImage>();
            AddImage(images, "PreImageAlias", "PreImageAttributes", StepImageKind.PreImage);
            AddImage(images, "PostImageAlias", "PostImageAttributes", StepImageKind.PostImage);

            var name = String("Name") ?? $"{pluginTypeName}: {message} of {entity}";
            return new StepDefinition(
                id,
                name,
                pluginTypeName,
                message,
                entity,
                stage,
                mode,
                Named.TryGetValue("Rank", out var rank) && rank is not null ? Convert.ToInt32(rank, System.Globalization.CultureInfo.InvariantCulture) : 1,
                Strings("FilteringAttributes"),
                images,
                String("UnsecureConfiguration"),
                String("Description"));
        }

        private void AddImage(List<StepImage> images, string aliasKey, string attributesKey, StepImageKind kind)
        {
            var alias = String(aliasKey);
            if (alias is not null)
            {
                images.Add(new StepImage(alias, kind, Strings(attributesKey)));
            }
        }

        private string? String(string key) => Named.TryGetValue(key, out var value) ? value as string : null;

        private IReadOnlyList<string> Strings(string key) =>
            Named.TryGetValue(key, out var value) && value is IEnumerable<string> values
                ? values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray()
                : Array.Empty<string>();
    }
}
