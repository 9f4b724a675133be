using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// ROOT001 documented component type, ROOT002 id or schema name present as the type needs, ROOT003 behavior 0/1/2,
    /// ROOT004 every root component defined in customizations.xml, ROOT005 every top-level component rooted.
    /// </summary>
    internal static class RootComponentRules
    {
        private const string File = "solution.xml";

        // Types rooted by id (a GUID) rather than by schema name.
        private static readonly IReadOnlySet<int> RootedById = new HashSet<int> { 20, 24, 26, 29, 59, 60, 70, 91, 92, 93, 95 };

        public static void Check(CheckContext context)
        {
            var manifest = context.Manifest;
            if (manifest is null)
            {
                return;
            }

            var rooted = new HashSet<(int, string)>();
            foreach (var root in manifest.Elements("RootComponents").Elements("RootComponent"))
            {
                if (!int.TryParse(root.Attribute("type")?.Value, out var type) || !(ComponentIndex.DocumentedTypes.Contains(type) || type >= 10000))
                {
                    context.Report(root, File, "ROOT001", $"root component type '{root.Attribute("type")?.Value}' is not a documented component type", "use a solutioncomponent componenttype code (1 table, 9 choice, 20 role, 29 process, 60 dashboard, 91 assembly, 92 step…)");
                    continue;
                }

                var id = root.Attribute("id")?.Value;
                var schemaName = root.Attribute("schemaName")?.Value;
                if (RootedById.Contains(type) && !Guid.TryParse(id, out _))
                {
                    context.Report(root, File, "ROOT002", $"type {type} root component needs an id GUID, has '{id}'", "set id=\"{guid}\" of the component");
                }
                else if (type is 1 or 9 or 61 or 80 && string.IsNullOrWhiteSpace(schemaName))
                {
                    context.Report(root, File, "ROOT002", $"type {type} root component needs a schemaName", "set schemaName to the component's logical/unique name");
                }

                var behavior = root.Attribute("behavior")?.Value;
                if (behavior is null)
                {
                    context.Report(root, File, "ROOT006", $"type {type} root component has no behavior attribute (older exports omit it)", "nothing to fix; write behavior=\"0\" in solutions you build");
                }
                else if (behavior is not ("0" or "1" or "2"))
                {
                    context.Report(root, File, "ROOT003", $"behavior '{behavior}' is not 0 (include subcomponents), 1 (do not include) or 2 (shell)", "set behavior=\"0\" for components this solution owns");
                }

                var key = ComponentIndex.RootKey(root, type);
                rooted.Add((type, key));
                if (ComponentIndex.ResolvableTypes.Contains(type) && !context.Index.Resolves(type, key))
                {
                    var provider = MissingDependencyProvider(manifest, type, key);
                    if (provider is not null)
                    {
                        context.Report(root, File, "ROOT007", $"root component type {type} '{key}' is not defined here; the manifest lists it as required from {provider}", "nothing to fix; import checks that the solution providing it is installed");
                        continue;
                    }

                    context.Report(root, File, "ROOT004", $"root component type {type} '{key}' has no definition in customizations.xml", "add the component's definition or remove the root component");
                }
            }

            foreach (var (type, key, element) in TopLevel(context))
            {
                if (!rooted.Contains((type, key)))
                {
                    context.Report(element, "customizations.xml", "ROOT005", $"component type {type} '{key}' is defined but not a root component of the solution", $"add <RootComponent type=\"{type}\" …/> for it to solution.xml (or remove the definition)");
                }
            }
        }

        /// <summary>The solution a MissingDependencies/Required entry names for this component, if the manifest lists one.</summary>
        internal static string? MissingDependencyProvider(XElement manifest, int type, string key) =>
            manifest.Elements("MissingDependencies").Elements("MissingDependency").Elements("Required")
                .FirstOrDefault(r => r.Attribute("type")?.Value == type.ToString(System.Globalization.CultureInfo.InvariantCulture)
                                     && (ComponentIndex.Key(r.Attribute("id")?.Value) == key || ComponentIndex.Key(r.Attribute("schemaName")?.Value) == key))
                ?.Attribute("solution")?.Value;

        private static IEnumerable<(int Type, string Key, XElement Element)> TopLevel(CheckContext context)
        {
            var root = context.Customizations;
            foreach (var (name, entity) in context.Tables)
            {
                yield return (1, name, entity);
            }

            foreach (var (type, items, key) in new (int, IEnumerable<XElement>, Func<XElement, string?>)[]
            {
                (9, root.Elements("optionsets").Elements("optionset"), e => e.Attribute("Name")?.Value),
                (20, root.Elements("Roles").Elements("Role"), e => e.Attribute("id")?.Value),
                (29, root.Elements("Workflows").Elements("Workflow"), e => e.Attribute("WorkflowId")?.Value),
                (60, root.Elements("Dashboards").Elements("Dashboard"), e => e.Element("FormId")?.Value),
                (61, root.Elements("WebResources").Elements("WebResource"), e => e.Element("Name")?.Value),
                (62, root.Elements("AppModuleSiteMaps").Elements("AppModuleSiteMap"), e => e.Element("SiteMapUniqueName")?.Value),
                (80, root.Elements("AppModules").Elements("AppModule"), e => e.Element("UniqueName")?.Value),
                (91, root.Elements("SolutionPluginAssemblies").Elements("PluginAssembly"), e => e.Attribute("PluginAssemblyId")?.Value),
                (92, root.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep"), e => e.Attribute("SdkMessageProcessingStepId")?.Value),
            })
            {
                foreach (var item in items)
                {
                    yield return (type, ComponentIndex.Key(key(item)), item);
                }
            }
        }
    }
}
