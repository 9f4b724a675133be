using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Xml;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// Environment variable definitions (parts environmentvariabledefinitions/&lt;schema name&gt;/environmentvariabledefinition.xml):
    /// ENV001 each type-380 root has its definition, ENV002 each definition is rooted, ENV003 documented type
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition)
    /// and a default value of that type.
    /// </summary>
    internal static class EnvironmentVariableRules
    {
        private const string Folder = "environmentvariabledefinitions/";
        private const string File = "environmentvariabledefinition.xml";
        private const int RootType = 380;

        public static void Check(CheckContext context)
        {
            var definitions = context.Package.Parts.Keys
                .Where(p => p.StartsWith(Folder, StringComparison.OrdinalIgnoreCase) && p.EndsWith("/" + File, StringComparison.OrdinalIgnoreCase))
                .ToDictionary(p => p.Substring(Folder.Length, p.Length - Folder.Length - File.Length - 1).ToLowerInvariant(), p => p, StringComparer.Ordinal);
            var rooted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var root in context.Manifest?.Elements("RootComponents").Elements("RootComponent") ?? Enumerable.Empty<XElement>())
            {
                if (root.Attribute("type")?.Value != "380")
                {
                    continue;
                }

                var name = (root.Attribute("schemaName")?.Value ?? string.Empty).Trim().ToLowerInvariant();
                rooted.Add(name);
                if (!definitions.ContainsKey(name))
                {
                    context.Report(root, "solution.xml", "ENV001", $"environment variable '{name}' is a root component but the zip has no {Folder}{name}/{File}", "add the definition's folder, or remove the root component");
                }
            }

            foreach (var (name, path) in definitions.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                if (!rooted.Contains(name))
                {
                    context.Add(new Diagnostic(path, "definition", "ENV002", $"environment variable '{name}' is defined but not a root component", $"add <RootComponent type=\"{RootType}\" schemaName=\"{name}\" behavior=\"0\" /> to solution.xml"));
                }

                CheckDefinition(context, path);
            }
        }

        private static void CheckDefinition(CheckContext context, string path)
        {
            XElement root;
            try
            {
                root = StableXml.Parse(context.Package.Parts[path], path).Root!;
            }
            catch (XmlException e)
            {
                context.Add(new Diagnostic(path, $"line {e.LineNumber}", "XML001", $"malformed XML: {e.Message}", "fix the definition's XML"));
                return;
            }

            var type = root.Element("type")?.Value.Trim();
            var problem = type switch
            {
                "100000000" or "100000004" or "100000005" => null,
                "100000001" => decimal.TryParse(Default(root) ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : "is not a number",
                "100000002" => Default(root) is null or "yes" or "no" ? null : "is not yes or no",
                "100000003" => IsJson(Default(root)) ? null : "is not valid JSON",
                _ => null,
            };
            if (type is not ("100000000" or "100000001" or "100000002" or "100000003" or "100000004" or "100000005"))
            {
                context.Add(new Diagnostic(path, "type", "ENV003", $"type '{type}' is not a documented environment variable type", "use 100000000 text, 100000001 number, 100000002 yes/no, 100000003 JSON, 100000004 data source or 100000005 secret"));
            }
            else if (problem is not null)
            {
                context.Add(new Diagnostic(path, "defaultvalue", "ENV003", $"the default value '{Default(root)}' {problem}", "write a default value of the variable's type"));
            }
        }

        private static string? Default(XElement root) => root.Element("defaultvalue")?.Value.Trim() is { Length: > 0 } value ? value : null;

        private static bool IsJson(string? text)
        {
            if (text is null)
            {
                return true;
            }

            try
            {
                using var document = JsonDocument.Parse(text);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }
}
