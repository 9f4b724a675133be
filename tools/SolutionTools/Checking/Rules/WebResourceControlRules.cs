using System;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// WEB001: a web resource control on a form or dashboard (classid {9FDF5F91-88B1-47f4-AD53-C11EFC01A01D}, the Web
    /// Resource class of https://learn.microsoft.com/en-us/previous-versions/dynamicscrm-2016/developers-guide/gg334472(v=crm.8))
    /// names, by Url and WebResourceId, a web resource this solution carries or its manifest lists as a missing dependency;
    /// otherwise the control shows nothing once imported.
    /// </summary>
    internal static class WebResourceControlRules
    {
        private const string File = "customizations.xml";
        private const int WebResourceType = 61;
        private static readonly Guid WebResourceClass = new("9FDF5F91-88B1-47f4-AD53-C11EFC01A01D");

        public static void Check(CheckContext context)
        {
            var resources = context.Customizations.Elements("WebResources").Elements("WebResource")
                .Where(r => r.Element("Name") is not null)
                .GroupBy(r => ComponentIndex.Key(r.Element("Name")!.Value))
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var control in context.Customizations.Descendants("control")
                         .Where(c => Guid.TryParse(c.Attribute("classid")?.Value, out var id) && id == WebResourceClass))
            {
                var name = control.Attribute("id")?.Value;
                var url = control.Element("parameters")?.Element("Url")?.Value.Trim() ?? string.Empty;
                if (url.StartsWith("$webresource:", StringComparison.OrdinalIgnoreCase))
                {
                    url = url.Substring("$webresource:".Length);
                }

                if (!resources.TryGetValue(ComponentIndex.Key(url), out var resource))
                {
                    if (context.Manifest is not { } manifest || RootComponentRules.MissingDependencyProvider(manifest, WebResourceType, ComponentIndex.Key(url)) is null)
                    {
                        context.Report(control, File, "WEB001", $"web resource control '{name}' shows '{url}', which is neither in this solution nor a missing dependency its manifest lists",
                            "add the web resource to the solution (WebResources/<name>.data.xml beside its file) or correct the control's Url");
                    }

                    continue;
                }

                var named = control.Element("parameters")?.Element("WebResourceId")?.Value;
                if (Guid.TryParse(named, out var given) && Guid.TryParse(resource.Element("WebResourceId")?.Value, out var actual) && given != actual)
                {
                    context.Report(control, File, "WEB001", $"web resource control '{name}' shows '{url}' with WebResourceId {given:B}, but that web resource's id is {actual:B}",
                        "set the control's WebResourceId to the web resource's id");
                }
            }
        }
    }
}
