using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// <c>funnel check NEW --upgrades OLD</c>: whether importing NEW over an environment that has OLD is an upgrade that
    /// keeps everything. An upgrade deletes the components the earlier version had and the new one lacks (and, with a
    /// table or column, its data): https://learn.microsoft.com/en-us/power-platform/alm/update-solutions-alm.
    /// UPG001 same solution and publisher; UPG002 higher version; UPG003 no component removed; UPG004 a component
    /// known by name keeps its id; UPG005 a column keeps its type.
    /// </summary>
    internal static class UpgradeRules
    {
        private const string File = "solution.xml";
        private const string Customizations = "customizations.xml";

        public static void Check(CheckContext context, SolutionPackage earlier)
        {
            var later = context.Manifest;
            var before = earlier.Manifest;
            if (later is null || before is null)
            {
                return;
            }

            Same(context, later, before, "UniqueName", "solution unique name");
            Same(context, later.Element("Publisher"), before.Element("Publisher"), "UniqueName", "publisher unique name");
            Same(context, later.Element("Publisher"), before.Element("Publisher"), "CustomizationPrefix", "publisher prefix");
            Same(context, later.Element("Publisher"), before.Element("Publisher"), "CustomizationOptionValuePrefix", "option-value prefix");
            CheckVersion(context, later, before);

            var old = Inventory(earlier.Customizations.Root!);
            var current = Inventory(context.Customizations);
            var currentByName = current.Where(c => c.Name is not null).ToLookup(c => (c.Kind, c.Name), c => c);
            var currentKeys = current.Select(c => (c.Kind, c.Key)).ToHashSet();
            foreach (var component in old)
            {
                if (currentKeys.Contains((component.Kind, component.Key)))
                {
                    continue;
                }

                var renamed = component.Name is null ? null : currentByName[(component.Kind, component.Name)].FirstOrDefault();
                if (renamed is not null)
                {
                    context.Report(renamed.Element, Customizations, "UPG004",
                        $"{component.Kind} '{component.Name}' had id {component.Key} in {earlier.Version} and has {renamed.Key} now: the upgrade deletes the old one and creates a new one",
                        $"keep id {component.Key}");
                }
                else
                {
                    context.Report(context.Customizations, Customizations, "UPG003",
                        $"{component.Kind} '{component.Name ?? component.Key}' of {earlier.Version} is not in this version: the upgrade deletes it" +
                        (component.Kind is "table" or "column" ? ", with its data" : string.Empty),
                        "keep the component (deprecate it in its label instead), or ship its removal as a documented breaking change");
                }
            }

            var oldTypes = old.Where(c => c.Type is not null).ToDictionary(c => c.Key, c => c.Type!, StringComparer.Ordinal);
            foreach (var column in current.Where(c => c.Kind == "column" && c.Type is not null))
            {
                if (oldTypes.TryGetValue(column.Key, out var type) && !string.Equals(type, column.Type, StringComparison.OrdinalIgnoreCase))
                {
                    context.Report(column.Element, Customizations, "UPG005",
                        $"column '{column.Key}' was {type} in {earlier.Version} and is {column.Type} now: Dataverse cannot change a column's type on import",
                        $"keep {type}, or add a new column and move the data");
                }
            }
        }

        private static void Same(CheckContext context, XElement? later, XElement? before, string element, string what)
        {
            var now = later?.Element(element)?.Value.Trim() ?? string.Empty;
            var then = before?.Element(element)?.Value.Trim() ?? string.Empty;
            if (!string.Equals(now, then, StringComparison.Ordinal))
            {
                context.Report(later?.Element(element) ?? later, File, "UPG001",
                    $"{what} is '{now}' but the earlier version's is '{then}': Dataverse imports it as another solution, not an upgrade",
                    $"keep '{then}'");
            }
        }

        private static void CheckVersion(CheckContext context, XElement later, XElement before)
        {
            var now = later.Element("Version");
            if (Version.TryParse(now?.Value.Trim(), out var next) && Version.TryParse(before.Element("Version")?.Value.Trim(), out var previous) && next <= previous)
            {
                context.Report(now, File, "UPG002",
                    $"version {next} is not higher than the earlier {previous}: import refuses it as an upgrade",
                    "raise <Version> (or funnel pack --version) above the installed one");
            }
        }

        /// <summary>One component an upgrade keeps, replaces or deletes: its kind, its identity and, where it has one, the name a person knows it by.</summary>
        private sealed record Component(string Kind, string Key, string? Name, XElement Element, string? Type = null);

        private static List<Component> Inventory(XElement root)
        {
            var list = new List<Component>();
            foreach (var entity in root.Elements("Entities").Elements("Entity"))
            {
                var table = Key(entity.Element("Name")?.Value);
                list.Add(new Component("table", table, null, entity));
                foreach (var attribute in entity.Descendants("attribute").Where(a => a.Attribute("PhysicalName") is not null))
                {
                    var name = Key(attribute.Element("LogicalName")?.Value ?? attribute.Attribute("PhysicalName")!.Value);
                    list.Add(new Component("column", table + "." + name, null, attribute, attribute.Element("Type")?.Value.Trim()));
                }

                foreach (var form in entity.Elements("FormXml").Elements("forms").Elements("systemform"))
                {
                    list.Add(new Component("form", Key(form.Element("formid")?.Value), Named(table, form.Element("LocalizedNames")), form));
                }

                foreach (var view in entity.Elements("SavedQueries").Elements("savedqueries").Elements("savedquery"))
                {
                    list.Add(new Component("view", Key(view.Element("savedqueryid")?.Value), Named(table, view.Element("LocalizedNames")), view));
                }

                foreach (var chart in entity.Elements("Visualizations").Elements("visualization"))
                {
                    list.Add(new Component("chart", Key(chart.Element("savedqueryvisualizationid")?.Value), Named(table, chart.Element("LocalizedNames")), chart));
                }
            }

            foreach (var optionSet in root.Elements("optionsets").Elements("optionset"))
            {
                var name = Key(optionSet.Attribute("Name")?.Value);
                list.Add(new Component("choice", name, null, optionSet));
                foreach (var option in optionSet.Descendants("option"))
                {
                    list.Add(new Component("choice value", name + "=" + option.Attribute("value")?.Value, null, option));
                }
            }

            Add(list, "relationship", root.Elements("EntityRelationships").Elements("EntityRelationship"), e => e.Attribute("Name")?.Value, _ => null);
            Add(list, "security role", root.Elements("Roles").Elements("Role"), e => e.Attribute("id")?.Value, e => e.Attribute("name")?.Value);
            Add(list, "process", root.Elements("Workflows").Elements("Workflow"), e => e.Attribute("WorkflowId")?.Value, e => e.Element("UniqueName")?.Value ?? e.Attribute("Name")?.Value);
            Add(list, "dashboard", root.Elements("Dashboards").Elements("Dashboard"), e => e.Element("FormId")?.Value, e => Named(string.Empty, e.Element("LocalizedNames")));
            Add(list, "web resource", root.Elements("WebResources").Elements("WebResource"), e => e.Element("Name")?.Value, _ => null);
            Add(list, "app", root.Elements("AppModules").Elements("AppModule"), e => e.Element("UniqueName")?.Value, _ => null);
            Add(list, "site map", root.Elements("AppModuleSiteMaps").Elements("AppModuleSiteMap"), e => e.Element("SiteMapUniqueName")?.Value, _ => null);
            Add(list, "plugin assembly", root.Elements("SolutionPluginAssemblies").Elements("PluginAssembly"), e => e.Attribute("PluginAssemblyId")?.Value, e => e.Attribute("FullName")?.Value.Split(',')[0]);
            Add(list, "plugin type", root.Elements("SolutionPluginAssemblies").Elements("PluginAssembly").Elements("PluginTypes").Elements("PluginType"),
                e => e.Attribute("PluginTypeId")?.Value, e => e.Attribute("AssemblyQualifiedName")?.Value.Split(',')[0]);
            Add(list, "plugin step", root.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep"),
                e => e.Attribute("SdkMessageProcessingStepId")?.Value, e => e.Attribute("Name")?.Value);
            return list;
        }

        private static void Add(List<Component> list, string kind, IEnumerable<XElement> items, Func<XElement, string?> key, Func<XElement, string?> name)
        {
            foreach (var item in items)
            {
                var value = key(item);
                if (!string.IsNullOrWhiteSpace(value))
                {
                    var display = name(item);
                    list.Add(new Component(kind, Key(value), string.IsNullOrWhiteSpace(display) ? null : display!.Trim(), item));
                }
            }
        }

        /// <summary>"table: English name" — how an admin knows a form, view or chart.</summary>
        private static string? Named(string table, XElement? localizedNames)
        {
            var name = localizedNames?.Elements("LocalizedName").FirstOrDefault(n => n.Attribute("languagecode")?.Value == "1033")?.Attribute("description")?.Value;
            return name is null ? null : table + ": " + name;
        }

        private static string Key(string? value) => ComponentIndex.Key(value);
    }
}
