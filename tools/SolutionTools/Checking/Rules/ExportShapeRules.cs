using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// The shape Dataverse gives every component it exports (reference/notes/real-export-shapes.md), held to by every
    /// real export the tests carry: EXP001 manifest root attributes, EXP002 manifest element order, EXP003 root
    /// components sorted by type, EXP004 plugin assembly (file named after the assembly without dots, isolation, types
    /// with a friendly name), EXP005 plugin step, EXP006 workflow XAML file name, EXP007 app with exactly one site map,
    /// EXP008 site map, EXP009 security role, EXP010 view, EXP011 chart, EXP012 dashboard.
    /// </summary>
    internal static class ExportShapeRules
    {
        private static readonly string[] ManifestOrder = { "UniqueName", "LocalizedNames", "Descriptions", "Version", "Managed", "Publisher", "RootComponents", "MissingDependencies" };

        public static void Check(CheckContext context)
        {
            CheckManifest(context);
            var root = context.Customizations;
            foreach (var assembly in root.Elements("SolutionPluginAssemblies").Elements("PluginAssembly"))
            {
                CheckAssembly(context, assembly);
            }

            // Step elements per https://learn.microsoft.com/en-us/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstep
            foreach (var step in root.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep").Where(s => !ExportShape.IsStub(s)))
            {
                var named = $"step '{step.Attribute("Name")?.Value}'";
                ExportShape.Require(context, step, new[] { "@Name", "@SdkMessageProcessingStepId", "SdkMessageId", "PluginTypeName", "PluginTypeId", "FilteringAttributes", "InvocationSource", "Mode", "Rank", "EventHandlerTypeCode", "Stage", "IsCustomizable", "IsHidden", "SupportedDeployment", "SdkMessageProcessingStepImages" }, "EXP005", named);
                if (step.Attribute("SdkMessageProcessingStepId") is { } id && !Regex.IsMatch(id.Value, "^\\{[0-9A-Fa-f-]{36}\\}$"))
                {
                    context.Report(id, "customizations.xml", "EXP005", $"{named} has SdkMessageProcessingStepId '{id.Value}'; exports write it braced", $"write it as {{{id.Value.Trim('{', '}')}}}");
                }
            }

            foreach (var workflow in root.Elements("Workflows").Elements("Workflow").Where(w => w.Element("XamlFileName") is not null))
            {
                CheckXamlFileName(context, workflow);
            }

            foreach (var app in root.Elements("AppModules").Elements("AppModule").Where(a => !ExportShape.IsStub(a)))
            {
                CheckApp(context, app);
            }

            foreach (var siteMap in root.Elements("AppModuleSiteMaps").Elements("AppModuleSiteMap").Where(s => !ExportShape.IsStub(s)))
            {
                ExportShape.Require(context, siteMap, new[] { "SiteMapUniqueName", "SiteMap", "LocalizedNames" }, "EXP008", $"site map '{ExportShape.Text(siteMap, "SiteMapUniqueName")}'");
            }

            foreach (var role in root.Elements("Roles").Elements("Role").Where(r => !ExportShape.IsStub(r)))
            {
                var named = $"role '{role.Attribute("name")?.Value}'";
                ExportShape.Require(context, role, new[] { "@id", "@name", "IsCustomizable", "RolePrivileges" }, "EXP009", named);
                foreach (var privilege in role.Elements("RolePrivileges").Elements("RolePrivilege"))
                {
                    ExportShape.Require(context, privilege, new[] { "@name", "@level" }, "EXP009", $"a privilege of {named}");
                }
            }

            CheckEntityComponents(context, root);
            foreach (var dashboard in root.Elements("Dashboards").Elements("Dashboard").Where(d => !ExportShape.IsStub(d)))
            {
                CheckDashboard(context, dashboard);
            }
        }

        private static void CheckManifest(CheckContext context)
        {
            var importExport = context.Package.Solution.Root;
            var manifest = context.Manifest;
            if (importExport is null || manifest is null)
            {
                return; // MAN001 reports it
            }

            ExportShape.Require(context, importExport, new[] { "@version", "@SolutionPackageVersion", "@languagecode", "@generatedBy" }, "EXP001", "<ImportExportXml>", "solution.xml");
            var known = manifest.Elements().Select(e => Array.IndexOf(ManifestOrder, e.Name.LocalName)).Where(i => i >= 0).ToList();
            if (known.Zip(known.Skip(1)).Any(p => p.First > p.Second))
            {
                context.Report(manifest, "solution.xml", "EXP002", $"<SolutionManifest> children are not in export order ({string.Join(", ", ManifestOrder)})", "reorder them as a Dataverse export does");
            }

            var roots = manifest.Elements("RootComponents").Elements("RootComponent").ToList();
            var types = roots.Select(r => int.TryParse(r.Attribute("type")?.Value, out var t) ? t : int.MaxValue).ToList();
            for (var i = 1; i < types.Count; i++)
            {
                if (types[i] < types[i - 1])
                {
                    context.Report(roots[i], "solution.xml", "EXP003", $"root component type {types[i]} follows type {types[i - 1]}; exports sort root components by type", "sort <RootComponents> by type");
                    break;
                }
            }
        }

        private static void CheckAssembly(CheckContext context, XElement assembly)
        {
            var fullName = assembly.Attribute("FullName")?.Value ?? string.Empty;
            var named = $"plugin assembly '{fullName.Split(',')[0]}'";
            ExportShape.Require(context, assembly, new[] { "@FullName", "@PluginAssemblyId", "IsolationMode", "SourceType", "FileName", "PluginTypes" }, "EXP004", named);
            foreach (var type in assembly.Elements("PluginTypes").Elements("PluginType"))
            {
                ExportShape.Require(context, type, new[] { "@AssemblyQualifiedName", "@PluginTypeId", "@Name", "FriendlyName" }, "EXP004", $"plugin type '{type.Attribute("Name")?.Value}'");
            }

            var fileName = assembly.Element("FileName");
            if (fileName is null || fullName.Length == 0 || !Guid.TryParse(assembly.Attribute("PluginAssemblyId")?.Value, out var id))
            {
                return;
            }

            var stem = fullName.Split(',')[0].Trim().Replace(".", string.Empty);
            var expected = $"/PluginAssemblies/{stem}-{id.ToString("D").ToUpperInvariant()}/{stem}.dll";
            if (!string.Equals(fileName.Value.Trim(), expected, StringComparison.Ordinal))
            {
                context.Report(fileName, "customizations.xml", "EXP004", $"{named} is stored as '{fileName.Value.Trim()}'; exports store it as '{expected}' (assembly name without dots, id upper case)", $"move the DLL to {expected.TrimStart('/')} and set <FileName> to match");
            }
        }

        private static void CheckXamlFileName(CheckContext context, XElement workflow)
        {
            if (!Guid.TryParse(workflow.Attribute("WorkflowId")?.Value, out var id))
            {
                return; // the schema requires a GUID
            }

            var path = ExportShape.Text(workflow, "XamlFileName");
            var suffix = $"-{id.ToString("D").ToUpperInvariant()}.xaml";
            if (!path.StartsWith("/Workflows/", StringComparison.Ordinal) || !path.EndsWith(suffix, StringComparison.Ordinal)
                || !Regex.IsMatch(path["/Workflows/".Length..^suffix.Length], "^[A-Za-z0-9]*$"))
            {
                context.Report(workflow.Element("XamlFileName"), "customizations.xml", "EXP006",
                    $"workflow '{workflow.Attribute("Name")?.Value}' names its XAML '{path}'; exports write /Workflows/<name without spaces or punctuation>{suffix}",
                    "rename the .xaml (and its .xaml.data.xml) and set <XamlFileName> to match");
            }
        }

        private static void CheckApp(CheckContext context, XElement app)
        {
            var named = $"app '{ExportShape.Text(app, "UniqueName")}'";
            ExportShape.Require(context, app, new[] { "UniqueName", "IntroducedVersion", "WebResourceId", "FormFactor", "ClientType", "AppModuleComponents", "AppModuleRoleMaps", "LocalizedNames" }, "EXP007", named);
            var siteMaps = app.Elements("AppModuleComponents").Elements("AppModuleComponent").Count(c => c.Attribute("type")?.Value == "62");
            if (siteMaps != 1)
            {
                context.Report(app, "customizations.xml", "EXP007", $"{named} has {siteMaps} site map components (type 62); an app has exactly one", "list its site map once in <AppModuleComponents>");
            }
        }

        private static void CheckEntityComponents(CheckContext context, XElement root)
        {
            foreach (var entity in root.Elements("Entities").Elements("Entity"))
            {
                var table = ExportShape.Text(entity, "Name");
                foreach (var view in entity.Elements("SavedQueries").Elements("savedqueries").Elements("savedquery").Where(v => !ExportShape.IsStub(v)))
                {
                    var named = $"view {ExportShape.Text(view, "savedqueryid")} of '{table}'";
                    ExportShape.Require(context, view, new[] { "isquickfindquery", "isprivate", "isdefault", "savedqueryid", "querytype", "fetchxml", "LocalizedNames" }, "EXP010", named);
                    if (ExportShape.Text(view, "querytype") == "8192" && view.Element("layoutxml") is not null)
                    {
                        context.Report(view.Element("layoutxml"), "customizations.xml", "EXP010", $"{named} is a lookup-lite query (querytype 8192), which exports write without layoutxml", "remove its <layoutxml>");
                    }
                }

                foreach (var chart in entity.Elements("Visualizations").Elements("visualization").Where(v => !ExportShape.IsStub(v)))
                {
                    ExportShape.Require(context, chart, new[] { "savedqueryvisualizationid", "datadescription", "presentationdescription", "isdefault", "LocalizedNames", "IsCustomizable", "IntroducedVersion", "CanBeDeleted" }, "EXP011",
                        $"chart {ExportShape.Text(chart, "savedqueryvisualizationid")} of '{table}'");
                }
            }
        }

        private static void CheckDashboard(CheckContext context, XElement dashboard)
        {
            var named = $"dashboard {ExportShape.Text(dashboard, "FormId")}";
            ExportShape.Require(context, dashboard, new[] { "LocalizedNames", "FormId", "IsCustomizable", "IsDefault", "FormXml", "IntroducedVersion", "IsTabletEnabled" }, "EXP012", named);
            var forms = dashboard.Element("FormXml")?.Element("forms");
            if (forms is not null && forms.Attribute("type")?.Value != "dashboard")
            {
                context.Report(forms, "customizations.xml", "EXP012", $"{named} has <forms type=\"{forms.Attribute("type")?.Value}\">; a dashboard's form type is \"dashboard\"", "set type=\"dashboard\"");
            }
        }
    }
}
