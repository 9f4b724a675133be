using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>
    /// Builds <c>[Content_Types].xml</c> the way exports do: one Default per extension present (xml first) and one Override per
    /// extension-less part (web resources), all <c>application/octet-stream</c>.
    /// </summary>
    internal static class ContentTypes
    {
        public const string Namespace = "http://schemas.openxmlformats.org/package/2006/content-types";
        private const string OctetStream = "application/octet-stream";

        public static XDocument Build(IEnumerable<string> partNames)
        {
            XNamespace ns = Namespace;
            var names = partNames.ToList();
            // xml first, as in every export; then the other extensions in ordinal order.
            var extensions = names.Select(Extension).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal)
                .OrderBy(e => e == "xml" ? 0 : 1).ThenBy(e => e, StringComparer.Ordinal);
            var overrides = names.Where(n => Extension(n).Length == 0).OrderBy(n => n, StringComparer.Ordinal);
            return new XDocument(new XElement(
                ns + "Types",
                extensions.Select(e => new XElement(ns + "Default", new XAttribute("Extension", e), new XAttribute("ContentType", OctetStream))),
                overrides.Select(n => new XElement(ns + "Override", new XAttribute("PartName", "/" + n), new XAttribute("ContentType", OctetStream)))));
        }

        /// <summary>Lower-case extension of the last path segment, empty when it has none.</summary>
        public static string Extension(string partName)
        {
            var file = partName[(partName.LastIndexOf('/') + 1)..];
            var dot = file.LastIndexOf('.');
            return dot < 0 || dot == file.Length - 1 ? string.Empty : file[(dot + 1)..].ToLowerInvariant();
        }
    }
}
