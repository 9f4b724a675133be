using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using DataverseFunnel.SolutionTools.Xml;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>Every entry of a zip as written (names untouched, directory entries kept), for the container checks.</summary>
    internal sealed record ZipContents(IReadOnlyList<string> EntryNames, IReadOnlyDictionary<string, byte[]> Files);

    /// <summary>Reads a solution zip back into memory.</summary>
    internal static class SolutionZipReader
    {
        public static ZipContents ReadContents(Stream stream)
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var names = new List<string>();
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var entry in archive.Entries)
            {
                names.Add(entry.FullName);
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    continue;
                }

                using var input = entry.Open();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                files[entry.FullName] = buffer.ToArray();
            }

            return new ZipContents(names, files);
        }

        /// <summary>A folder of a zip's extracted files, every file named as the zip entry it came from.</summary>
        public static ZipContents ReadExtracted(string folder)
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes, StringComparer.Ordinal);
            return new ZipContents(files.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList(), files);
        }

        /// <summary>Reads a zip into a package; throws <see cref="InvalidDataException"/> when a root file is missing or malformed.</summary>
        public static (ZipContents Contents, SolutionPackage Package) Read(string zipPath)
        {
            using var stream = File.OpenRead(zipPath);
            var contents = ReadContents(stream);
            return (contents, ToPackage(contents));
        }

        public static SolutionPackage ToPackage(ZipContents contents)
        {
            try
            {
                var solution = StableXml.Parse(Root(contents, SolutionPackage.SolutionPart), SolutionPackage.SolutionPart);
                var customizations = StableXml.Parse(Root(contents, SolutionPackage.CustomizationsPart), SolutionPackage.CustomizationsPart);
                var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
                foreach (var (name, bytes) in contents.Files.Where(f => !IsRootFile(f.Key)))
                {
                    parts[name.Replace('\\', '/')] = bytes;
                }

                return new SolutionPackage(solution, customizations, parts);
            }
            catch (XmlException e)
            {
                throw new InvalidDataException($"malformed XML in the solution zip: {e.Message}", e);
            }
        }

        public static bool IsRootFile(string name) =>
            name is SolutionPackage.SolutionPart or SolutionPackage.CustomizationsPart or SolutionPackage.ContentTypesPart;

        private static byte[] Root(ZipContents contents, string name) =>
            contents.Files.TryGetValue(name, out var bytes)
                ? bytes
                : throw new InvalidDataException($"the zip has no {name} at its root");
    }
}
