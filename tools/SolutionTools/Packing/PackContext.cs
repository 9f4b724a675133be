using System;
using System.Collections.Generic;
using System.Xml;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Xml;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>State of one pack run: the folder being read, the payload parts collected, and every problem found.</summary>
    internal sealed class PackContext
    {
        public PackContext(SolutionFolder folder)
        {
            Folder = folder;
        }

        public SolutionFolder Folder { get; }

        public List<PackProblem> Problems { get; } = new();

        public SortedDictionary<string, byte[]> Parts { get; } = new(StringComparer.Ordinal);

        public void Problem(string file, string reason) => Problems.Add(new PackProblem(file, reason));

        /// <summary>Loads a file and returns its root detached (annotations kept), or records why it cannot.</summary>
        public XElement? LoadRoot(string path, string expectedRoot)
        {
            if (!Folder.Exists(path))
            {
                Problem(path, "missing file");
                return null;
            }

            XDocument document;
            try
            {
                document = StableXml.Parse(Folder.Read(path), path);
            }
            catch (XmlException e)
            {
                Problem(path, $"malformed XML: {e.Message}");
                return null;
            }

            var root = document.Root!;
            if (root.Name.LocalName != expectedRoot)
            {
                Problem(path, $"root element is <{root.Name.LocalName}>, expected <{expectedRoot}>");
                return null;
            }

            return StableXml.Detach(root);
        }

        /// <summary>
        /// Copies a payload to the zip path its XML names. The folder keeps it next to its definition
        /// (<paramref name="sourcePath"/>); a missing payload is a problem named by its folder path.
        /// </summary>
        public void AddPayload(string namedZipPath, string sourcePath, string namedBy)
        {
            var zipPath = SolutionPackage.ToZipPath(namedZipPath);
            if (zipPath.Length == 0)
            {
                Problem(namedBy, "names an empty payload path");
                return;
            }

            if (!Folder.Exists(sourcePath))
            {
                Problem(sourcePath, $"missing file: {namedBy} names /{zipPath} but the folder has no payload at this path");
                return;
            }

            Parts[zipPath] = Folder.Read(sourcePath);
        }

        public static bool IsManagedVariant(string path) => path.EndsWith("_managed.xml", StringComparison.OrdinalIgnoreCase);
    }
}
