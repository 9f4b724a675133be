using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using DataverseFunnel.SolutionTools.Xml;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>
    /// Writes a package as a solution zip in export order (customizations.xml, solution.xml, the parts in ordinal order,
    /// [Content_Types].xml last), Deflate, no directory entries, forward slashes and one fixed timestamp — the same
    /// package always gives the same bytes.
    /// </summary>
    public static class SolutionZip
    {
        // DOS time cannot go below 1980; a fixed date keeps builds reproducible (no wall clock in the pipeline).
        private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public static byte[] ToBytes(SolutionPackage package)
        {
            using var stream = new MemoryStream();
            Write(package, stream);
            return stream.ToArray();
        }

        public static void Write(SolutionPackage package, Stream destination)
        {
            var entries = Entries(package);
            using var archive = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var (name, bytes) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTimestamp;
                entry.ExternalAttributes = 0;
                using var output = entry.Open();
                output.Write(bytes, 0, bytes.Length);
            }
        }

        /// <summary>Writes <c>directory/UniqueName_a_b_c_d.zip</c> and returns its full path.</summary>
        public static string WriteToDirectory(SolutionPackage package, string directory)
        {
            Directory.CreateDirectory(directory);
            var path = Path.GetFullPath(Path.Combine(directory, package.ZipFileName));
            var bytes = ToBytes(package);
            var temporary = path + ".tmp";

            // Write aside then move, so a failed write never leaves a half zip under the real name.
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
            return path;
        }

        internal static IReadOnlyList<(string Name, byte[] Bytes)> Entries(SolutionPackage package)
        {
            var contentTypes = ContentTypes.Build(
                new[] { SolutionPackage.SolutionPart, SolutionPackage.CustomizationsPart }.Concat(package.Parts.Keys));
            // The order Dataverse 9.2 exports in: customizations, manifest, payload parts, content types last; the two
            // manifests without BOM and declaration, as Dataverse writes them ([Content_Types].xml keeps both, as in every export).
            var entries = new List<(string, byte[])>
            {
                (SolutionPackage.CustomizationsPart, StableXml.ToExportBytes(package.Customizations)),
                (SolutionPackage.SolutionPart, StableXml.ToExportBytes(package.Solution)),
            };
            entries.AddRange(package.Parts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)));
            entries.Add((SolutionPackage.ContentTypesPart, StableXml.ToBytes(contentTypes)));
            return entries;
        }
    }
}
