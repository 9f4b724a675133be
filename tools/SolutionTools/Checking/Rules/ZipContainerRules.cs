using System;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Xml;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// The zip container: ZIP001 the three root files, ZIP002 no directory entries, ZIP003 forward slashes only,
    /// ZIP004 every part the XML names is present, ZIP005 [Content_Types].xml covers every part.
    /// </summary>
    internal static class ZipContainerRules
    {
        public static void Check(CheckContext context)
        {
            var zip = context.Zip;
            if (zip is not null)
            {
                CheckEntries(context, zip);
            }

            foreach (var (path, namedBy) in context.Package.NamedParts())
            {
                if (!context.Package.Parts.ContainsKey(path))
                {
                    context.Report(namedBy, "customizations.xml", "ZIP004", $"the XML names part /{path} but the zip has no such entry", "add the file to the folder next to its definition, then pack again");
                }
            }
        }

        private static void CheckEntries(CheckContext context, ZipContents zip)
        {
            foreach (var root in new[] { SolutionPackage.SolutionPart, SolutionPackage.CustomizationsPart, SolutionPackage.ContentTypesPart })
            {
                if (!zip.Files.ContainsKey(root))
                {
                    context.Add(new Diagnostic(root, "zip root", "ZIP001", $"the zip has no {root} at its root (import fails with 0x80048060)", "zip the files themselves, not their folder; funnel pack does"));
                }
            }

            foreach (var name in zip.EntryNames)
            {
                if (name.EndsWith('/') || name.EndsWith('\\'))
                {
                    context.Add(new Diagnostic(name, "zip entry", "ZIP002", "the zip has a directory entry", "zip files only (funnel pack writes no directory entries)"));
                }
                else if (name.Contains('\\'))
                {
                    context.Add(new Diagnostic(name, "zip entry", "ZIP003", "the entry name uses backslashes", "use forward slashes in zip entry names"));
                }
            }

            if (!zip.Files.TryGetValue(SolutionPackage.ContentTypesPart, out var bytes))
            {
                return;
            }

            XDocument types;
            try
            {
                types = StableXml.Parse(bytes, SolutionPackage.ContentTypesPart);
            }
            catch (XmlException e)
            {
                context.Add(new Diagnostic(SolutionPackage.ContentTypesPart, $"line {e.LineNumber}", "XML001", $"malformed XML: {e.Message}", "regenerate it with funnel pack"));
                return;
            }

            XNamespace ns = ContentTypes.Namespace;
            var defaults = types.Root!.Elements(ns + "Default").Select(d => (d.Attribute("Extension")?.Value ?? string.Empty).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            var overrides = types.Root.Elements(ns + "Override").Select(o => (o.Attribute("PartName")?.Value ?? string.Empty).TrimStart('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var part in zip.Files.Keys.Where(k => k != SolutionPackage.ContentTypesPart))
            {
                var extension = ContentTypes.Extension(part);
                var covered = extension.Length > 0 ? defaults.Contains(extension) || overrides.Contains(part) : overrides.Contains(part);
                if (!covered)
                {
                    var fix = extension.Length > 0 ? $"add <Default Extension=\"{extension}\" …/>" : $"add <Override PartName=\"/{part}\" …/>";
                    context.Add(new Diagnostic(SolutionPackage.ContentTypesPart, part, "ZIP005", $"no content type covers part {part}", fix));
                }
            }
        }
    }
}
