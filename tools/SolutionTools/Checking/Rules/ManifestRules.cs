using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// solution.xml has no schema: MAN001 unique name, MAN002 version a.b.c.d, MAN003 publisher prefix (2–8 letters or
    /// digits, starting with a letter, not "mscrm"), MAN004 option-value prefix 10000–99999, MAN005 every custom component
    /// (tables, columns, choices, web resources, apps, business process flows) named with the publisher prefix, MAN006 Managed is 0 or 1.
    /// </summary>
    internal static class ManifestRules
    {
        private const string File = "solution.xml";

        public static void Check(CheckContext context)
        {
            var manifest = context.Manifest;
            if (manifest is null)
            {
                context.Report(context.Package.Solution.Root, File, "MAN001", "solution.xml has no <SolutionManifest>", "restore the manifest from a real export's shape");
                return;
            }

            var uniqueName = manifest.Element("UniqueName");
            if (uniqueName is null || !Regex.IsMatch(uniqueName.Value.Trim(), "^[A-Za-z_][A-Za-z0-9_]*$"))
            {
                context.Report(uniqueName ?? manifest, File, "MAN001", $"solution unique name '{uniqueName?.Value}' is missing or not letters, digits and underscores", "set <UniqueName> to e.g. DataverseFunnel");
            }

            var version = manifest.Element("Version");
            if (version is null || !Regex.IsMatch(version.Value.Trim(), @"^\d+\.\d+\.\d+\.\d+$"))
            {
                context.Report(version ?? manifest, File, "MAN002", $"version '{version?.Value}' is not a.b.c.d", "set <Version> to four numbers, e.g. 1.0.0.0, higher than the installed one for upgrades");
            }

            var managed = manifest.Element("Managed");
            if (managed is null || managed.Value.Trim() is not ("0" or "1"))
            {
                context.Report(managed ?? manifest, File, "MAN006", $"<Managed> is '{managed?.Value}', a zip must say 0 (unmanaged) or 1 (managed)", "pack with funnel pack, which ships unmanaged (0)");
            }

            var publisher = manifest.Element("Publisher");
            var prefixElement = publisher?.Element("CustomizationPrefix");
            var prefix = context.PublisherPrefix;
            var prefixValid = Regex.IsMatch(prefix, "^[A-Za-z][A-Za-z0-9]{1,7}$") && !prefix.StartsWith("mscrm", StringComparison.OrdinalIgnoreCase);
            if (!prefixValid)
            {
                context.Report(prefixElement ?? publisher ?? manifest, File, "MAN003", $"publisher prefix '{prefix}' must be 2–8 letters or digits, start with a letter and not start with mscrm", "set <CustomizationPrefix>, e.g. bowtie");
            }

            var optionPrefix = context.OptionValuePrefix;
            if (optionPrefix is null or < 10000 or > 99999)
            {
                context.Report(publisher?.Element("CustomizationOptionValuePrefix") ?? publisher ?? manifest, File, "MAN004",
                    $"option value prefix '{publisher?.Element("CustomizationOptionValuePrefix")?.Value}' is not a number from 10000 to 99999", "set <CustomizationOptionValuePrefix>, e.g. 26984");
            }

            if (prefixValid)
            {
                CheckComponentPrefixes(context, prefix);
            }
        }

        private static void CheckComponentPrefixes(CheckContext context, string prefix)
        {
            var expected = prefix.ToLowerInvariant() + "_";
            foreach (var (name, node) in CustomNames(context))
            {
                if (!name.ToLowerInvariant().StartsWith(expected, StringComparison.Ordinal))
                {
                    context.Report(node, "customizations.xml", "MAN005", $"'{name}' does not start with the publisher prefix '{expected}'", $"rename it to {expected}… or change the publisher");
                }
            }
        }

        /// <summary>Names the publisher owns: custom tables and columns, global choices, web resources, apps, processes.</summary>
        private static IEnumerable<(string Name, XElement Node)> CustomNames(CheckContext context)
        {
            var root = context.Customizations;
            var customTables = context.Manifest!.Elements("RootComponents").Elements("RootComponent")
                .Where(r => r.Attribute("type")?.Value == "1" && r.Attribute("behavior")?.Value == "0")
                .Select(r => (r.Attribute("schemaName")?.Value ?? string.Empty).ToLowerInvariant())
                .Where(n => !KnownCoreTables.Contains(n))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var (name, entity) in context.Tables.Where(t => customTables.Contains(t.Key)))
            {
                yield return (name, entity.Element("Name") ?? entity);
            }

            foreach (var attribute in root.Elements("Entities").Elements("Entity").Descendants("attribute"))
            {
                var logicalName = attribute.Element("LogicalName")?.Value ?? string.Empty;
                if (attribute.Element("IsCustomField")?.Value == "1" && !logicalName.StartsWith("bpf_", StringComparison.Ordinal))
                {
                    yield return (logicalName, attribute);
                }
            }

            foreach (var optionSet in root.Elements("optionsets").Elements("optionset"))
            {
                yield return (optionSet.Attribute("Name")?.Value ?? string.Empty, optionSet);
            }

            foreach (var resource in root.Elements("WebResources").Elements("WebResource"))
            {
                yield return (resource.Element("Name")?.Value ?? string.Empty, resource);
            }

            foreach (var app in root.Elements("AppModules").Elements("AppModule"))
            {
                yield return (app.Element("UniqueName")?.Value ?? string.Empty, app);
            }

            // Business process flows carry the prefix in their unique name; custom actions store theirs without it.
            foreach (var flow in root.Elements("Workflows").Elements("Workflow").Where(w => w.Element("Category")?.Value.Trim() == "4" && w.Element("UniqueName") is not null))
            {
                yield return (flow.Element("UniqueName")!.Value, flow);
            }
        }
    }
}
