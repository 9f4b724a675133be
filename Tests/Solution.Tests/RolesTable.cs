using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>
    /// The README's roles table, generated from Solution/Roles/*.xml: one row per role and table, one column per
    /// privilege, the depth in words. A test keeps every README that carries the markers equal to it.
    /// </summary>
    internal static class RolesTable
    {
        public const string Begin = "<!-- roles-table:begin (generated from Solution/Roles by Tests/Solution.Tests/RolesTable.cs) -->";
        public const string End = "<!-- roles-table:end -->";

        private static readonly (string Privilege, string Heading)[] Actions =
        {
            ("Create", "Create"), ("Read", "Read"), ("Write", "Write"), ("Delete", "Delete"), ("Append", "Append"), ("AppendTo", "Append to"),
            ("Assign", "Assign"), ("Share", "Share"),
        };

        private static readonly Dictionary<string, string> Depths = new(StringComparer.Ordinal)
        {
            ["Basic"] = "user", ["Local"] = "business unit", ["Deep"] = "parent: child units", ["Global"] = "organization",
        };

        public static string Generate(string solutionFolder)
        {
            var tables = Directory.GetDirectories(Path.Combine(solutionFolder, "Entities")).Select(Path.GetFileName).OrderBy(t => t, StringComparer.Ordinal).ToList();
            var labels = tables.ToDictionary(t => t!, t => (string?)XDocument.Load(Path.Combine(solutionFolder, "Entities", t!, "Entity.xml")).Root!.Element("Name")!.Attribute("LocalizedName") ?? t!);
            var text = new StringBuilder();
            text.Append("| Role | Table | ").Append(string.Join(" | ", Actions.Select(a => a.Heading))).Append(" |\n");
            text.Append("|---|---|").Append(string.Concat(Actions.Select(_ => "---|"))).Append('\n');
            foreach (var file in Directory.GetFiles(Path.Combine(solutionFolder, "Roles"), "*.xml").OrderBy(f => f, StringComparer.Ordinal))
            {
                var role = XDocument.Load(file).Root!;
                var levels = role.Element("RolePrivileges")!.Elements("RolePrivilege")
                    .ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("level")!, StringComparer.OrdinalIgnoreCase);
                foreach (var table in tables)
                {
                    var cells = Actions.Select(a => levels.TryGetValue("prv" + a.Privilege + table, out var level) ? Depths[level] : "—").ToList();
                    if (cells.All(c => c == "—"))
                    {
                        continue;
                    }

                    text.Append("| ").Append((string)role.Attribute("name")!).Append(" | ").Append(labels[table!]).Append(" (`").Append(table).Append("`) | ")
                        .Append(string.Join(" | ", cells)).Append(" |\n");
                }
            }

            return text.ToString();
        }

        /// <summary>The text between the markers of a README, or null when it has none.</summary>
        public static string? Section(string readme)
        {
            var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
            var end = readme.IndexOf(End, StringComparison.Ordinal);
            return begin < 0 || end < begin ? null : readme.Substring(begin + Begin.Length, end - begin - Begin.Length).Trim('\n').Replace("\r", string.Empty, StringComparison.Ordinal) + "\n";
        }
    }
}
