using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.WebApi.Model;

/// <summary>
/// What the Web API needs from a solution's customizations.xml beyond the org's tables (which carry each table's
/// EntitySetName): the labels of its choices (for FormattedValue annotations), its alternate keys and the solution's web resources.
/// </summary>
internal sealed class SolutionSurface
{
    public static readonly SolutionSurface Empty = new(
        new Dictionary<(string, string), IReadOnlyDictionary<int, string>>(),
        new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal),
        new Dictionary<string, WebResource>(StringComparer.OrdinalIgnoreCase));

    private SolutionSurface(
        IReadOnlyDictionary<(string Table, string Column), IReadOnlyDictionary<int, string>> labels,
        IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> keys,
        IReadOnlyDictionary<string, WebResource> webResources)
    {
        Labels = labels;
        AlternateKeys = keys;
        WebResources = webResources;
    }

    /// <summary>(table, column) → option value → its label (language 1033).</summary>
    public IReadOnlyDictionary<(string Table, string Column), IReadOnlyDictionary<int, string>> Labels { get; }

    /// <summary>Table → its alternate keys, each a list of column logical names.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> AlternateKeys { get; }

    /// <summary>Web resource name → its content and type.</summary>
    public IReadOnlyDictionary<string, WebResource> WebResources { get; }

    /// <summary>Reads customizations.xml; <paramref name="readPart"/> returns a zip part's bytes by path (web resource content).</summary>
    public static SolutionSurface Read(XDocument customizations, Func<string, byte[]?> readPart)
    {
        var root = customizations.Root ?? throw new System.IO.InvalidDataException("customizations.xml is empty.");
        var global = root.Elements("optionsets").Elements("optionset")
            .Concat(root.Elements("OptionSets").Elements("optionset"))
            .Where(o => o.Attribute("Name") is not null)
            .GroupBy(o => (string)o.Attribute("Name")!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => Options(g.First()), StringComparer.OrdinalIgnoreCase);
        var labels = new Dictionary<(string, string), IReadOnlyDictionary<int, string>>();
        var keys = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var entity in root.Elements("Entities").Elements("Entity"))
        {
            var info = entity.Element("EntityInfo")?.Element("entity");
            var table = (entity.Element("Name")?.Value ?? string.Empty).Trim().ToLowerInvariant();
            if (info is null || table.Length == 0) continue;
            foreach (var attribute in info.Elements("attributes").Elements("attribute"))
            {
                var column = (attribute.Element("LogicalName")?.Value ?? string.Empty).Trim().ToLowerInvariant();
                var shared = attribute.Element("OptionSetName")?.Value.Trim();
                var local = attribute.Element("optionset");
                IReadOnlyDictionary<int, string>? options = null;
                if (!string.IsNullOrEmpty(shared) && global.TryGetValue(shared!, out var found)) options = found;
                else if (local is not null) options = Options(local);
                if (column.Length > 0 && options is { Count: > 0 }) labels[(table, column)] = options;
            }

            var tableKeys = info.Elements("EntityKeys").Elements("EntityKey")
                .Select(k => (IReadOnlyList<string>)k.Elements("EntityKeyAttributes").Elements("AttributeName").Select(a => a.Value.Trim().ToLowerInvariant()).ToArray())
                .Where(k => k.Count > 0).ToArray();
            if (tableKeys.Length > 0) keys[table] = tableKeys;
        }

        var resources = new Dictionary<string, WebResource>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in root.Elements("WebResources").Elements("WebResource"))
        {
            var name = resource.Element("Name")?.Value.Trim();
            var file = resource.Element("FileName")?.Value.Trim().Replace('\\', '/').TrimStart('/');
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(file)) continue;
            var type = int.TryParse(resource.Element("WebResourceType")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) ? t : 0;
            var content = readPart(file!);
            if (content is not null) resources[name!] = new WebResource(name!, type, content);
        }

        return new SolutionSurface(labels, keys, resources);
    }

    private static IReadOnlyDictionary<int, string> Options(XElement optionSet)
    {
        var options = new Dictionary<int, string>();
        foreach (var option in optionSet.Elements("options").Elements("option"))
        {
            if (!int.TryParse((string?)option.Attribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) continue;
            var label = option.Elements("labels").Elements("label").FirstOrDefault(l => (string?)l.Attribute("languagecode") == "1033")
                ?? option.Elements("labels").Elements("label").FirstOrDefault();
            options[value] = (string?)label?.Attribute("description") ?? value.ToString(CultureInfo.InvariantCulture);
        }

        return options;
    }
}
