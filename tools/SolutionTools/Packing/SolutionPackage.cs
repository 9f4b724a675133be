using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>
    /// A solution held in memory: the two manifests and every other zip part by its zip path (no leading slash).
    /// The packer builds one from a folder; the checker reads one from a zip or from the packer.
    /// </summary>
    public sealed class SolutionPackage
    {
        public const string SolutionPart = "solution.xml";
        public const string CustomizationsPart = "customizations.xml";
        public const string ContentTypesPart = "[Content_Types].xml";

        internal SolutionPackage(XDocument solution, XDocument customizations, IReadOnlyDictionary<string, byte[]> parts)
        {
            Solution = solution;
            Customizations = customizations;
            Parts = parts;
        }

        internal XDocument Solution { get; }

        internal XDocument Customizations { get; }

        /// <summary>Payload parts (XAML, DLLs, web resources, formulas), ordinal order, without the three root files.</summary>
        public IReadOnlyDictionary<string, byte[]> Parts { get; }

        internal XElement? Manifest => Solution.Root?.Element("SolutionManifest");

        public string UniqueName => Manifest?.Element("UniqueName")?.Value.Trim() ?? string.Empty;

        public string Version => Manifest?.Element("Version")?.Value.Trim() ?? string.Empty;

        /// <summary>The name Dataverse exports use: <c>UniqueName_a_b_c_d.zip</c>.</summary>
        public string ZipFileName => $"{UniqueName}_{Version.Replace('.', '_')}.zip";

        /// <summary>Every zip path the customizations name as a payload (FileName, XamlFileName, JsonFileName, FormulaDefinitionFileName).</summary>
        internal IEnumerable<(string ZipPath, XElement NamedBy)> NamedParts()
        {
            var names = new[] { "FileName", "XamlFileName", "JsonFileName", "FormulaDefinitionFileName" };
            return Customizations.Descendants()
                .Where(e => names.Contains(e.Name.LocalName, StringComparer.Ordinal) && e.Value.Trim().Length > 0)
                .Where(e => e.Parent is not null && IsPayloadOwner(e))
                .Select(e => (ToZipPath(e.Value), e));
        }

        internal static string ToZipPath(string named) => named.Trim().Replace('\\', '/').TrimStart('/');

        // FileName also appears inside unrelated sections (e.g. report definitions); payloads are named by these owners.
        private static bool IsPayloadOwner(XElement fileNameElement)
        {
            var owner = fileNameElement.Parent!.Name.LocalName;
            return owner is "WebResource" or "PluginAssembly" or "Workflow" or "attribute";
        }
    }
}
