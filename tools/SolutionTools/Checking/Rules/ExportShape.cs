using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Checking.Rules
{
    /// <summary>
    /// The one check the export-shape rules share: a component carries the children (and, written "@name", the
    /// attributes) every real export gives it. A stub Dataverse writes for an untouched component
    /// (<c>unmodified="1"</c>) carries none of them and is not checked.
    /// </summary>
    internal static class ExportShape
    {
        public static bool IsStub(XElement component) => component.Attribute("unmodified")?.Value == "1";

        /// <summary>Reports one finding naming every missing child or attribute; true when none is missing.</summary>
        public static bool Require(CheckContext context, XElement component, IEnumerable<string> names, string rule, string what, string file = "customizations.xml")
        {
            var missing = names.Where(n => n.StartsWith('@') ? component.Attribute(n[1..]) is null : component.Element(n) is null).ToList();
            if (missing.Count == 0)
            {
                return true;
            }

            context.Report(component, file, rule, $"{what} lacks {string.Join(", ", missing)}, which every real export carries",
                "add them as a Dataverse export writes them (see reference/notes/real-export-shapes.md)");
            return false;
        }

        public static string Text(XElement element, string child) => element.Element(child)?.Value.Trim() ?? string.Empty;

        public static bool SameName(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
