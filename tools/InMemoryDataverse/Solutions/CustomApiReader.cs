using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.InMemory.CustomApis;

namespace DataverseFunnel.InMemory.Solutions;

/// <summary>
/// Reads the Custom APIs of a solution: <c>customapis/&lt;uniquename&gt;/customapi.xml</c> with its
/// <c>customapirequestparameters/&lt;name&gt;/customapirequestparameter.xml</c> and
/// <c>customapiresponseproperties/&lt;name&gt;/customapiresponseproperty.xml</c>, the layout Dataverse exports
/// (Tests/Fixtures/RealExports/ms-issystemadmin-customapi). The plugintypeid is resolved to the plugin type's name
/// through customizations.xml's SolutionPluginAssemblies, so a test can bind it to a type in its own assembly.
/// Column meanings: "CustomAPI tables" (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables).
/// </summary>
public static class CustomApiReader
{
    private const string Root = "customapis/";

    /// <summary>The Custom APIs of a packed solution zip.</summary>
    public static IReadOnlyList<CustomApiDefinition> FromZip(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var paths = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToArray();
        return Read(paths, path => SolutionMetadataReader.ReadEntry(zip, path) ?? SolutionMetadataReader.ReadEntry(zip, path.Replace('/', '\\')));
    }

    /// <summary>The Custom APIs of an extracted (unzipped) solution folder.</summary>
    public static IReadOnlyList<CustomApiDefinition> FromFolder(string folder)
    {
        var paths = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => f.Substring(folder.Length).TrimStart(Path.DirectorySeparatorChar, '/').Replace(Path.DirectorySeparatorChar, '/'))
            .ToArray();
        return Read(paths, path =>
        {
            var full = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            return File.Exists(full) ? File.ReadAllText(full) : null;
        });
    }

    /// <summary>Reads the Custom APIs from the solution's part paths; <paramref name="readPart"/> returns a part's text.</summary>
    public static IReadOnlyList<CustomApiDefinition> Read(IReadOnlyCollection<string> paths, Func<string, string?> readPart)
    {
        var apiFiles = paths.Where(p => p.StartsWith(Root, StringComparison.OrdinalIgnoreCase) && p.EndsWith("/customapi.xml", StringComparison.OrdinalIgnoreCase)).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        if (apiFiles.Length == 0) return Array.Empty<CustomApiDefinition>();
        var pluginTypes = PluginTypeNames(readPart("customizations.xml"));
        var apis = new List<CustomApiDefinition>(apiFiles.Length);
        foreach (var apiFile in apiFiles)
        {
            var folder = apiFile.Substring(0, apiFile.Length - "customapi.xml".Length);
            var api = Load(readPart(apiFile), apiFile);
            var request = Fields(paths, readPart, folder + "customapirequestparameters/", "customapirequestparameter.xml", withOptional: true);
            var response = Fields(paths, readPart, folder + "customapiresponseproperties/", "customapiresponseproperty.xml", withOptional: false);
            var pluginTypeId = api.Element("plugintypeid")?.Element("plugintypeid")?.Value.Trim();
            string? pluginType = null;
            if (!string.IsNullOrEmpty(pluginTypeId) && !pluginTypes.TryGetValue(Guid.Parse(pluginTypeId), out pluginType))
            {
                throw new InvalidDataException($"Custom API '{UniqueName(api, apiFile)}' names plugin type {pluginTypeId}, which customizations.xml does not declare.");
            }

            apis.Add(new CustomApiDefinition(
                UniqueName(api, apiFile),
                (CustomApiBindingType)Int(api, "bindingtype"),
                Text(api, "boundentitylogicalname"),
                Int(api, "isfunction") == 1,
                (CustomApiStepType)Int(api, "allowedcustomprocessingsteptype"),
                Text(api, "executeprivilegename"),
                pluginType,
                request,
                response));
        }

        return apis;
    }

    private static CustomApiField[] Fields(IReadOnlyCollection<string> paths, Func<string, string?> readPart, string folder, string fileName, bool withOptional) =>
        paths.Where(p => p.StartsWith(folder, StringComparison.OrdinalIgnoreCase) && p.EndsWith("/" + fileName, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p =>
            {
                var field = Load(readPart(p), p);
                return new CustomApiField(UniqueName(field, p), (CustomApiFieldType)Int(field, "type"), withOptional && Int(field, "isoptional") == 1, Text(field, "logicalentityname"));
            })
            .ToArray();

    /// <summary>PluginTypeId → type name (the PluginType's Name attribute) from customizations.xml.</summary>
    private static Dictionary<Guid, string> PluginTypeNames(string? customizations)
    {
        var names = new Dictionary<Guid, string>();
        if (customizations is null) return names;
        foreach (var type in XDocument.Parse(customizations).Descendants("PluginType"))
        {
            if (Guid.TryParse((string?)type.Attribute("PluginTypeId"), out var id) && (string?)type.Attribute("Name") is { Length: > 0 } name) names[id] = name;
        }

        return names;
    }

    private static XElement Load(string? text, string path) =>
        (text is null ? null : XDocument.Parse(text).Root) ?? throw new InvalidDataException($"The solution part '{path}' is missing or empty.");

    private static string UniqueName(XElement element, string path) =>
        (string?)element.Attribute("uniquename") is { Length: > 0 } name ? name : throw new InvalidDataException($"'{path}' has no uniquename.");

    private static int Int(XElement element, string child) =>
        int.TryParse(Text(element, child), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string? Text(XElement element, string child) => element.Element(child)?.Value.Trim() is { Length: > 0 } text ? text : null;
}
