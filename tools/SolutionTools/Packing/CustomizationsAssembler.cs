using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Xml;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>
    /// Fills the <c>Other/Customizations.xml</c> skeleton from the sharded folders (solution-file-format.md §4) and
    /// collects the payloads the XML names. Files are read in ordinal path order so the result never depends on the disk.
    /// </summary>
    internal static class CustomizationsAssembler
    {
        private static readonly string[] KnownFolders =
        {
            "AppModules", "AppModuleSiteMaps", "Dashboards", "Entities", "OptionSets", "Other", "PluginAssemblies", "Roles",
            "SdkMessageProcessingSteps", "WebResources", "Workflows", CustomApiParts.Folder, EnvironmentVariables,
        };

        // Environment variable definitions are not in customizations.xml: exports carry each as its own part, at the
        // same path in the zip as in the unpacked folder (solution-file-format.md, real-export-shapes.md).
        private const string EnvironmentVariables = "environmentvariabledefinitions";

        // Other/<file> → the section it replaces wholesale.
        private static readonly (string File, string Section)[] WholeSections =
        {
            ("Other/FieldSecurityProfiles.xml", "FieldSecurityProfiles"),
            ("Other/RibbonCustomization.xml", "RibbonDiffXml"),
            ("Other/RibbonCustomizations.xml", "RibbonDiffXml"),
            ("Other/SiteMap.xml", "SiteMap"),
            ("Other/EntityMaps.xml", "EntityMaps"),
        };

        public static XDocument? Assemble(PackContext context)
        {
            foreach (var folder in context.Folder.Directories(string.Empty))
            {
                if (!KnownFolders.Contains(folder, StringComparer.Ordinal) && !folder.StartsWith('.'))
                {
                    context.Problem(folder + "/", "unsupported component folder: the packer would drop it (supported: " +
                                                  string.Join(", ", KnownFolders) + ")");
                }
            }

            var root = context.LoadRoot("Other/Customizations.xml", "ImportExportXml");
            if (root is null)
            {
                return null;
            }

            var document = new XDocument(root);
            CustomApiParts.Add(context);
            Fill(root, "Entities", context.Folder.Directories("Entities").Select(d => EntityAssembler.Build(context, $"Entities/{d}")));
            Fill(root, "Roles", Roots(context, "Roles", "Role"));
            Fill(root, "Workflows", DataFiles(context, "Workflows", "Workflow", "XamlFileName", "JsonFileName"));
            foreach (var (file, section) in WholeSections.Where(s => context.Folder.Exists(s.File)))
            {
                var replacement = context.LoadRoot(file, section);
                if (replacement is not null)
                {
                    CustomizationsSections.Replace(root, replacement);
                }
            }

            Fill(root, "EntityRelationships", context.Folder.Files("Other/Relationships")
                .Where(IsXml)
                .SelectMany(f => Children(context.LoadRoot(f, "EntityRelationships"), "EntityRelationship", f)));
            Fill(root, "optionsets", Roots(context, "OptionSets", "optionset"));
            Fill(root, "Dashboards", Roots(context, "Dashboards", "Dashboard"));
            Fill(root, "WebResources", DataFiles(context, "WebResources", "WebResource", "FileName"));
            Fill(root, "SolutionPluginAssemblies", DataFiles(context, "PluginAssemblies", "PluginAssembly", "FileName"));
            Fill(root, "SdkMessageProcessingSteps", Roots(context, "SdkMessageProcessingSteps", "SdkMessageProcessingStep"));
            Fill(root, "AppModuleSiteMaps", context.Folder.Directories("AppModuleSiteMaps")
                .Select(d => context.LoadRoot($"AppModuleSiteMaps/{d}/AppModuleSiteMap.xml", "AppModuleSiteMap")));
            Fill(root, "AppModules", context.Folder.Directories("AppModules")
                .Select(d => context.LoadRoot($"AppModules/{d}/AppModule.xml", "AppModule")));

            AddEnvironmentVariables(context);
            foreach (var empty in root.Elements().Where(e => !e.HasElements && CustomizationsSections.InvalidWhenEmpty.Contains(e.Name.LocalName)).ToList())
            {
                empty.Remove();
            }

            return document;
        }

        /// <summary>Copies each environmentvariabledefinitions/&lt;schema name&gt;/ folder's definition (and exported values) to the zip.</summary>
        private static void AddEnvironmentVariables(PackContext context)
        {
            foreach (var name in context.Folder.Directories(EnvironmentVariables))
            {
                var path = $"{EnvironmentVariables}/{name}/environmentvariabledefinition.xml";
                var definition = context.LoadRoot(path, "environmentvariabledefinition");
                if (definition is null)
                {
                    continue;
                }

                if (!string.Equals(definition.Attribute("schemaname")?.Value, name, StringComparison.Ordinal))
                {
                    context.Problem(path, $"schemaname '{definition.Attribute("schemaname")?.Value}' must be the folder's name '{name}'");
                    continue;
                }

                context.AddPayload(path, path, path);
                var values = $"{EnvironmentVariables}/{name}/environmentvariablevalues.json";
                if (context.Folder.Exists(values))
                {
                    context.AddPayload(values, values, path);
                }
            }
        }

        private static void Fill(XElement root, string section, IEnumerable<XElement?> children)
        {
            var list = children.Where(c => c is not null).ToList();
            if (list.Count > 0)
            {
                CustomizationsSections.Ensure(root, section).Add(list);
            }
        }

        private static IEnumerable<XElement?> Roots(PackContext context, string folder, string rootName) =>
            context.Folder.Files(folder).Where(f => IsXml(f) && !PackContext.IsManagedVariant(f)).Select(f => context.LoadRoot(f, rootName));

        /// <summary><c>X.data.xml</c> definitions whose payload sits beside them as <c>X</c> and ships at the path the XML names.</summary>
        private static IEnumerable<XElement?> DataFiles(PackContext context, string folder, string rootName, params string[] pathElements)
        {
            foreach (var file in context.Folder.Files(folder, recursive: true).Where(f => f.EndsWith(".data.xml", StringComparison.OrdinalIgnoreCase)))
            {
                var definition = context.LoadRoot(file, rootName);
                if (definition is null)
                {
                    yield return null;
                    continue;
                }

                var named = pathElements.Select(n => definition.Element(n)).FirstOrDefault(e => e is not null && e.Value.Trim().Length > 0);
                if (named is null)
                {
                    if (rootName != "Workflow")
                    {
                        context.Problem(file, $"<{rootName}> names no {string.Join(" or ", pathElements)}: the payload has no zip path");
                    }
                }
                else
                {
                    context.AddPayload(named.Value, file[..^".data.xml".Length], file);
                }

                yield return definition;
            }
        }

        private static IEnumerable<XElement> Children(XElement? root, string name, string file)
        {
            if (root is null)
            {
                yield break;
            }

            foreach (var child in root.Elements(name).ToList())
            {
                StableXml.Detach(child).AddAnnotation(new SourceFile(file));
                yield return child;
            }
        }

        private static bool IsXml(string path) => path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
    }
}
