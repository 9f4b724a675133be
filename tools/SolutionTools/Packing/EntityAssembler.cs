using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Xml;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>
    /// Builds one <c>&lt;Entity&gt;</c> from <c>Entities/&lt;name&gt;/</c>: Entity.xml plus its forms, views, charts,
    /// ribbon diff and formulas. Empty placeholders the schema rejects (<c>&lt;SavedQueries/&gt;</c>, <c>&lt;Visualizations/&gt;</c>) are dropped.
    /// </summary>
    internal static class EntityAssembler
    {
        public static XElement? Build(PackContext context, string directory)
        {
            var entity = context.LoadRoot($"{directory}/Entity.xml", "Entity");
            if (entity is null)
            {
                return null;
            }

            FillForms(context, directory, entity);
            FillSavedQueries(context, directory, entity);
            FillVisualizations(context, directory, entity);
            FillRibbon(context, directory, entity);
            CopyFormulas(context, directory, entity);
            return entity;
        }

        private static void FillForms(PackContext context, string directory, XElement entity)
        {
            var groups = new List<XElement>();
            foreach (var type in context.Folder.Directories($"{directory}/FormXml"))
            {
                var forms = new XElement("forms", new XAttribute("type", type));
                foreach (var file in XmlFiles(context, $"{directory}/FormXml/{type}"))
                {
                    var root = context.LoadRoot(file, "forms");
                    forms.Add(Children(root, "systemform", file));
                }

                if (forms.HasElements)
                {
                    groups.Add(forms);
                }
            }

            if (groups.Count > 0)
            {
                Placeholder(entity, "FormXml").Add(groups);
            }
        }

        private static void FillSavedQueries(PackContext context, string directory, XElement entity)
        {
            var queries = new List<XElement>();
            foreach (var file in XmlFiles(context, $"{directory}/SavedQueries"))
            {
                queries.AddRange(Children(context.LoadRoot(file, "savedqueries"), "savedquery", file));
            }

            var placeholder = entity.Element("SavedQueries");
            if (queries.Count > 0)
            {
                placeholder ??= Placeholder(entity, "SavedQueries");
                var list = placeholder.Element("savedqueries");
                if (list is null)
                {
                    list = new XElement("savedqueries");
                    placeholder.Add(list);
                }

                list.Add(queries);
            }
            else if (placeholder is not null && !placeholder.HasElements)
            {
                placeholder.Remove();
            }
        }

        private static void FillVisualizations(PackContext context, string directory, XElement entity)
        {
            var charts = new List<XElement>();
            foreach (var file in XmlFiles(context, $"{directory}/Visualizations"))
            {
                var chart = context.LoadRoot(file, "visualization");
                if (chart is not null)
                {
                    charts.Add(chart);
                }
            }

            var placeholder = entity.Element("Visualizations");
            if (charts.Count > 0)
            {
                Placeholder(entity, "Visualizations").Add(charts);
            }
            else if (placeholder is not null && !placeholder.HasElements)
            {
                placeholder.Remove();
            }
        }

        private static void FillRibbon(PackContext context, string directory, XElement entity)
        {
            var path = $"{directory}/RibbonDiff.xml";
            if (!context.Folder.Exists(path))
            {
                return;
            }

            var ribbon = context.LoadRoot(path, "RibbonDiffXml");
            if (ribbon is null)
            {
                return;
            }

            var placeholder = entity.Element("RibbonDiffXml");
            if (placeholder is null)
            {
                entity.Add(ribbon);
            }
            else
            {
                placeholder.ReplaceWith(ribbon);
            }
        }

        private static void CopyFormulas(PackContext context, string directory, XElement entity)
        {
            var named = entity.Descendants("FormulaDefinitionFileName")
                .Select(e => SolutionPackage.ToZipPath(e.Value))
                .Where(p => p.Length > 0)
                .ToHashSet(StringComparer.Ordinal);
            var present = context.Folder.Files($"{directory}/Formulas").ToDictionary(f => $"Formulas/{f[(f.LastIndexOf('/') + 1)..]}", f => f);
            foreach (var zipPath in named.Union(present.Keys).OrderBy(p => p, StringComparer.Ordinal))
            {
                var source = present.TryGetValue(zipPath, out var file) ? file : $"{directory}/Formulas/{zipPath[(zipPath.LastIndexOf('/') + 1)..]}";
                context.AddPayload(zipPath, source, $"{directory}/Entity.xml");
            }
        }

        private static IEnumerable<string> XmlFiles(PackContext context, string directory) =>
            context.Folder.Files(directory)
                .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !PackContext.IsManagedVariant(f));

        private static IEnumerable<XElement> Children(XElement? root, string name, string file)
        {
            if (root is null)
            {
                return Array.Empty<XElement>();
            }

            var children = root.Elements(name).ToList();
            foreach (var child in children)
            {
                StableXml.Detach(child).AddAnnotation(new SourceFile(file));
            }

            return children;
        }

        private static XElement Placeholder(XElement entity, string name)
        {
            var placeholder = entity.Element(name);
            if (placeholder is null)
            {
                placeholder = new XElement(name);
                entity.Add(placeholder);
            }

            return placeholder;
        }
    }
}
