using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace DataverseFunnel.SolutionTools.Tests
{
    /// <summary>
    /// A writable copy of the MIT-licensed dyn-req-mgmt unpacked solution (a real SolutionPackager export we did not
    /// write), and the payloads its XML names that the public repository does not include.
    /// </summary>
    internal sealed class DynReqMgmtCopy : IDisposable
    {
        public DynReqMgmtCopy()
        {
            Folder = TestPaths.NewTempFolder();
            TestPaths.CopyDirectory(TestPaths.DynReqMgmtPackage, Folder);
        }

        public string Folder { get; }

        /// <summary>
        /// Folder paths of every payload the XML names, worked out independently of the packer: a web resource or plugin
        /// DLL sits beside its .data.xml, a workflow's XAML at the path its XamlFileName names.
        /// </summary>
        public IReadOnlyList<string> NamedPayloads()
        {
            var paths = new List<string>();
            foreach (var data in Directory.EnumerateFiles(Path.Combine(Folder, "WebResources"), "*.data.xml", SearchOption.AllDirectories)
                         .Concat(Directory.EnumerateFiles(Path.Combine(Folder, "PluginAssemblies"), "*.data.xml", SearchOption.AllDirectories)))
            {
                paths.Add(Relative(data[..^".data.xml".Length]));
            }

            foreach (var data in Directory.EnumerateFiles(Path.Combine(Folder, "Workflows"), "*.data.xml"))
            {
                paths.Add(XDocument.Load(data).Root!.Element("XamlFileName")!.Value.TrimStart('/'));
            }

            return paths.OrderBy(p => p, StringComparer.Ordinal).ToList();
        }

        /// <summary>Writes a small placeholder file at every named payload the folder lacks; returns their paths.</summary>
        public IReadOnlyList<string> WritePlaceholders()
        {
            var written = new List<string>();
            foreach (var path in NamedPayloads().Where(p => !File.Exists(Path.Combine(Folder, p))))
            {
                File.WriteAllText(Path.Combine(Folder, path), "placeholder for " + path);
                written.Add(path);
            }

            return written;
        }

        public int CountFiles(string relativeDirectory, string pattern, bool recursive = true) =>
            Directory.Exists(Path.Combine(Folder, relativeDirectory))
                ? Directory.EnumerateFiles(Path.Combine(Folder, relativeDirectory), pattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).Count()
                : 0;

        public string Relative(string full) => Path.GetRelativePath(Folder, full).Replace(Path.DirectorySeparatorChar, '/');

        public void Dispose()
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // a temp folder left behind is harmless
            }
        }
    }
}
