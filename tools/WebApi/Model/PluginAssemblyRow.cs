using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.WebApi.Model;

/// <summary>
/// A plugin assembly the imported solution declares (SolutionPluginAssemblies in customizations.xml): the id Dataverse keys
/// the pluginassembly row by and its name, the first part of FullName
/// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/pluginassembly).
/// </summary>
internal sealed record PluginAssemblyRow(Guid Id, string Name, string? Version)
{
    public static IReadOnlyList<PluginAssemblyRow> Read(XDocument customizations) =>
        (customizations.Root?.Elements("SolutionPluginAssemblies").Elements("PluginAssembly") ?? Enumerable.Empty<XElement>())
            .Select(a => (Element: a, Parsed: Guid.TryParse(a.Attribute("PluginAssemblyId")?.Value, out var id) ? id : Guid.Empty))
            .Where(a => a.Parsed != Guid.Empty)
            .Select(a =>
            {
                var parts = (a.Element.Attribute("FullName")?.Value ?? string.Empty).Split(',').Select(p => p.Trim()).ToArray();
                var version = parts.FirstOrDefault(p => p.StartsWith("Version=", StringComparison.Ordinal))?.Substring("Version=".Length);
                return new PluginAssemblyRow(a.Parsed, parts[0], version);
            })
            .ToList();
}
