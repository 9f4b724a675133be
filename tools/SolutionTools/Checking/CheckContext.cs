using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Xml;

namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>What every rule reads (the package, its component index, the tables it defines) and where findings go.</summary>
    internal sealed class CheckContext
    {
        private const int MaxPerRule = 200;
        private const string Overflow = "(overflow)"; // replaced by the count once every rule has run
        private readonly List<Diagnostic> findings = new();
        private readonly Dictionary<string, int> perRule = new(StringComparer.Ordinal);

        public CheckContext(SolutionPackage package, string schemasDirectory, ZipContents? zip)
        {
            Package = package;
            SchemasDirectory = schemasDirectory;
            Zip = zip;
            Index = ComponentIndex.Build(package.Customizations);
            Tables = Customizations.Elements("Entities").Elements("Entity")
                .Select(e => (Name: (e.Element("Name")?.Value ?? string.Empty).Trim().ToLowerInvariant(), Entity: e))
                .Where(t => t.Name.Length > 0)
                .GroupBy(t => t.Name)
                .ToDictionary(g => g.Key, g => g.First().Entity, StringComparer.Ordinal);
            WholeTables = (Manifest?.Elements("RootComponents").Elements("RootComponent") ?? Enumerable.Empty<XElement>())
                .Where(r => r.Attribute("type")?.Value == "1" && r.Attribute("behavior")?.Value == "0")
                .Select(r => (r.Attribute("schemaName")?.Value ?? string.Empty).ToLowerInvariant())
                .ToHashSet(StringComparer.Ordinal);
        }

        public SolutionPackage Package { get; }

        /// <summary>The declared role policy ROLE002 holds roles to; null when none was given.</summary>
        public RolePolicy? RolePolicy { get; init; }

        public string SchemasDirectory { get; }

        /// <summary>The zip as written, when a zip is checked (for a folder: the zip the packer produced in memory).</summary>
        public ZipContents? Zip { get; }

        public ComponentIndex Index { get; }

        public XElement Customizations => Package.Customizations.Root!;

        public XElement? Manifest => Package.Manifest;

        /// <summary>Tables defined in customizations.xml by lower-case logical name.</summary>
        public IReadOnlyDictionary<string, XElement> Tables { get; }

        /// <summary>The findings, each rule's overflow line saying how many more it found.</summary>
        public IReadOnlyList<Diagnostic> Findings => findings
            .Select(f => f.Location.Length == 0 && f.Message == Overflow && perRule.TryGetValue(f.Rule, out var total)
                ? f with { Message = $"{total - MaxPerRule} more findings of this rule are not listed (first {MaxPerRule} above)" }
                : f)
            .ToList();

        /// <summary>Tables rooted with all their subcomponents (behavior 0): their Entity.xml lists every column.</summary>
        private IReadOnlySet<string> WholeTables { get; }

        public string PublisherPrefix => Manifest?.Element("Publisher")?.Element("CustomizationPrefix")?.Value.Trim() ?? string.Empty;

        public int? OptionValuePrefix =>
            int.TryParse(Manifest?.Element("Publisher")?.Element("CustomizationOptionValuePrefix")?.Value.Trim(), out var prefix) ? prefix : null;

        /// <summary>
        /// Lower-case logical names of a table's columns; null when the solution does not ship all of them (a table
        /// outside the solution, or a system table rooted as a shell with only the columns it touches).
        /// </summary>
        public IReadOnlySet<string>? ColumnsOf(string table)
        {
            if (!WholeTables.Contains(table.ToLowerInvariant()) || !Tables.TryGetValue(table.ToLowerInvariant(), out var entity))
            {
                return null;
            }

            var attributes = entity.Element("EntityInfo")?.Element("entity")?.Element("attributes")?.Elements("attribute").ToList();
            if (attributes is null || attributes.Count == 0)
            {
                return null;
            }

            return attributes
                .Select(a => (a.Element("LogicalName")?.Value ?? a.Element("Name")?.Value ?? a.Attribute("PhysicalName")?.Value ?? string.Empty).ToLowerInvariant())
                .ToHashSet(StringComparer.Ordinal);
        }

        /// <summary>A name the publisher owns: it carries the publisher's prefix (a table, column or choice of this publisher).</summary>
        public bool IsOwnName(string name) =>
            PublisherPrefix.Length > 0 && name.StartsWith(PublisherPrefix + "_", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// A reference to a column the solution's definition of <paramref name="table"/> does not list: <paramref name="rule"/>
        /// (an error) for a column the publisher owns, nothing for a column every table has, REF002 (info) otherwise.
        /// </summary>
        public void ReportMissingColumn(XObject node, string file, string rule, string column, string table, string message, string fix)
        {
            if (IsOwnName(column))
            {
                Report(node, file, rule, message, fix);
            }
            else if (!KnownSystemColumns.Contains(column, table))
            {
                Report(node, file, "REF002", $"column '{column}' is not listed in the definition of table '{table}' and does not carry the publisher's prefix: not in this solution; will be checked by import",
                    "nothing to fix if the column exists where the solution is imported");
            }
        }

        /// <summary>
        /// A table a step or privilege names: fine when the solution defines it or every environment has it; <paramref name="rule"/>
        /// (an error) when it carries the publisher's prefix; otherwise REF001 (info).
        /// </summary>
        public void ReportTableReference(XObject node, string file, string rule, string table, string message, string fix)
        {
            if (Tables.ContainsKey(table.ToLowerInvariant()) || KnownCoreTables.Contains(table))
            {
                return;
            }

            if (IsOwnName(table))
            {
                Report(node, file, rule, message, fix);
            }
            else
            {
                Report(node, file, "REF001", $"table '{table}' is not in this solution and not a core table every environment has: will be checked by import",
                    "nothing to fix if the table exists where the solution is imported (declare the solution that provides it as a dependency)");
            }
        }

        public static bool IsBusinessProcessTable(XElement entity) =>
            entity.Element("EntityInfo")?.Element("entity")?.Element("IsBPFEntity")?.Value.Trim() == "1";

        /// <summary>Reports a finding located at an XML node (file and line from the node's source annotation).</summary>
        public void Report(XObject? node, string fallbackFile, string rule, string message, string fix)
        {
            var file = node is null ? fallbackFile : XmlLocation.FileOf(node, fallbackFile);
            var location = node is null ? string.Empty : XmlLocation.Describe(node);
            Add(new Diagnostic(file, location, rule, message, fix));
        }

        public void Add(Diagnostic diagnostic)
        {
            var count = perRule.GetValueOrDefault(diagnostic.Rule) + 1;
            perRule[diagnostic.Rule] = count;
            if (count <= MaxPerRule)
            {
                findings.Add(diagnostic);
            }
            else if (count == MaxPerRule + 1)
            {
                findings.Add(new Diagnostic(diagnostic.File, string.Empty, diagnostic.Rule, Overflow, "fix the findings above and check again"));
            }
        }
    }
}
