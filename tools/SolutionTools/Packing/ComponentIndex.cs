using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>
    /// What customizations.xml defines, keyed the way solution.xml roots components (component type + id or schema
    /// name). Used by the packer to refuse unresolvable roots and by the checker for rooted/unrooted rules.
    /// </summary>
    internal sealed class ComponentIndex
    {
        private readonly Dictionary<int, HashSet<string>> keys = new();
        private readonly Dictionary<(int Type, string Key), XElement> elements = new();

        private ComponentIndex()
        {
        }

        /// <summary>Component types this index can resolve; other documented types are not checked.</summary>
        public static readonly IReadOnlySet<int> ResolvableTypes = new HashSet<int> { 1, 3, 9, 10, 20, 24, 26, 29, 50, 59, 60, 61, 62, 80, 91, 92 };

        /// <summary>
        /// Types a solution may root (solutioncomponent.componenttype, documented list; 80 = model-driven app as exports
        /// write it). Codes from 10000 up are assigned per environment to newer component kinds and are accepted too.
        /// </summary>
        public static readonly IReadOnlySet<int> DocumentedTypes = new HashSet<int>
        {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 20, 21, 22, 23, 24, 25, 26, 29, 31, 32, 33, 34, 35, 36,
            37, 38, 39, 44, 45, 46, 47, 48, 49, 50, 52, 53, 55, 59, 60, 61, 62, 63, 64, 65, 66, 68, 70, 71, 80, 90, 91, 92, 93,
            95, 150, 151, 152, 153, 154, 155, 161, 162, 165, 166, 201, 202, 203, 204, 205, 206, 207, 208, 210, 300, 371, 372,
            380, 381, 400, 401, 402, 430, 431, 432,
        };

        public static ComponentIndex Build(XDocument customizations)
        {
            var index = new ComponentIndex();
            var root = customizations.Root!;
            foreach (var entity in root.Elements("Entities").Elements("Entity"))
            {
                index.Add(1, entity.Element("Name")?.Value, entity);
                foreach (var form in entity.Elements("FormXml").Elements("forms").Elements("systemform"))
                {
                    index.Add(60, form.Element("formid")?.Value, form);
                    index.Add(24, form.Element("formid")?.Value, form);
                }

                foreach (var query in entity.Elements("SavedQueries").Elements("savedqueries").Elements("savedquery"))
                {
                    index.Add(26, query.Element("savedqueryid")?.Value, query);
                }

                foreach (var chart in entity.Elements("Visualizations").Elements("visualization"))
                {
                    index.Add(59, chart.Element("savedqueryvisualizationid")?.Value, chart);
                }
            }

            foreach (var relationship in root.Elements("EntityRelationships").Elements("EntityRelationship"))
            {
                index.Add(3, relationship.Attribute("Name")?.Value, relationship);
                index.Add(10, relationship.Attribute("Name")?.Value, relationship);
            }

            AddAll(index, 9, root.Elements("optionsets").Elements("optionset"), e => e.Attribute("Name")?.Value);
            AddAll(index, 20, root.Elements("Roles").Elements("Role"), e => e.Attribute("id")?.Value);
            AddAll(index, 29, root.Elements("Workflows").Elements("Workflow"), e => e.Attribute("WorkflowId")?.Value);
            AddAll(index, 60, root.Elements("Dashboards").Elements("Dashboard"), e => e.Element("FormId")?.Value);
            AddAll(index, 61, root.Elements("WebResources").Elements("WebResource"), e => e.Element("Name")?.Value);
            AddAll(index, 62, root.Elements("AppModuleSiteMaps").Elements("AppModuleSiteMap"), e => e.Element("SiteMapUniqueName")?.Value);
            AddAll(index, 80, root.Elements("AppModules").Elements("AppModule"), e => e.Element("UniqueName")?.Value);
            AddAll(index, 91, root.Elements("SolutionPluginAssemblies").Elements("PluginAssembly"), e => e.Attribute("PluginAssemblyId")?.Value);
            AddAll(index, 92, root.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep"), e => e.Attribute("SdkMessageProcessingStepId")?.Value);
            var siteMap = root.Element("SiteMap");
            if (siteMap is not null && siteMap.HasElements)
            {
                index.Add(62, string.Empty, siteMap);
            }

            var ribbon = root.Element("RibbonDiffXml");
            if (ribbon is not null)
            {
                index.Add(50, ":RibbonDiffXml", ribbon);
            }

            return index;
        }

        /// <summary>Normalises ids and names: GUIDs without braces, lower case; names lower case.</summary>
        public static string Key(string? value)
        {
            var trimmed = (value ?? string.Empty).Trim();
            return Guid.TryParse(trimmed, out var id) ? id.ToString("D") : trimmed.ToLowerInvariant();
        }

        /// <summary>The key a RootComponent is looked up by: id when it carries one (except entities), else schemaName.</summary>
        public static string RootKey(XElement rootComponent, int type)
        {
            var id = rootComponent.Attribute("id")?.Value;
            var schemaName = rootComponent.Attribute("schemaName")?.Value;
            return Key(type == 1 || string.IsNullOrWhiteSpace(id) ? schemaName : id);
        }

        public bool Resolves(int type, string key) => keys.TryGetValue(type, out var set) && set.Contains(key);

        public XElement? Find(int type, string key) => elements.GetValueOrDefault((type, key));

        /// <summary>Top-level definitions of a type, as (key, element).</summary>
        public IEnumerable<(string Key, XElement Element)> All(int type) =>
            elements.Where(p => p.Key.Type == type).Select(p => (p.Key.Key, p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal);

        private static void AddAll(ComponentIndex index, int type, IEnumerable<XElement> items, Func<XElement, string?> key)
        {
            foreach (var item in items)
            {
                index.Add(type, key(item), item);
            }
        }

        private void Add(int type, string? value, XElement element)
        {
            if (value is null)
            {
                return;
            }

            var key = Key(value);
            if (!keys.TryGetValue(type, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                keys[type] = set;
            }

            set.Add(key);
            elements.TryAdd((type, key), element);
        }
    }
}
