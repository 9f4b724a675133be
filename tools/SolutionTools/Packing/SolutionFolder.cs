using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>
    /// Read-only view of an unpacked solution folder, with generated files laid over it (the plugin assembly and its
    /// steps) and stale generated files hidden. Paths are folder-relative with forward slashes; listings are ordinal.
    /// </summary>
    internal sealed class SolutionFolder
    {
        private readonly IReadOnlyDictionary<string, byte[]> generated;
        private readonly Func<string, bool> hidden;

        public SolutionFolder(string root, IReadOnlyDictionary<string, byte[]>? generated = null, Func<string, bool>? hidden = null)
        {
            Root = Path.GetFullPath(root);
            this.generated = generated ?? new Dictionary<string, byte[]>();
            this.hidden = hidden ?? (_ => false);
        }

        public string Root { get; }

        public bool Exists(string relativePath) =>
            generated.ContainsKey(relativePath) || (!hidden(relativePath) && File.Exists(Full(relativePath)));

        public byte[] Read(string relativePath) =>
            generated.TryGetValue(relativePath, out var bytes) ? bytes : File.ReadAllBytes(Full(relativePath));

        /// <summary>Files directly in a folder (or below it when <paramref name="recursive"/>), ordinal by path.</summary>
        public IReadOnlyList<string> Files(string relativeDirectory, bool recursive = false)
        {
            var prefix = relativeDirectory.Length == 0 ? string.Empty : relativeDirectory.TrimEnd('/') + "/";
            var found = new SortedSet<string>(StringComparer.Ordinal);
            var full = Full(relativeDirectory);
            if (Directory.Exists(full))
            {
                var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
                foreach (var file in Directory.EnumerateFiles(full, "*", option))
                {
                    var relative = Relative(file);
                    if (!hidden(relative))
                    {
                        found.Add(relative);
                    }
                }
            }

            foreach (var path in generated.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)))
            {
                if (recursive || path.IndexOf('/', prefix.Length) < 0)
                {
                    found.Add(path);
                }
            }

            return found.ToList();
        }

        /// <summary>Immediate sub-folder names, ordinal.</summary>
        public IReadOnlyList<string> Directories(string relativeDirectory)
        {
            var prefix = relativeDirectory.Length == 0 ? string.Empty : relativeDirectory.TrimEnd('/') + "/";
            var found = new SortedSet<string>(StringComparer.Ordinal);
            var full = Full(relativeDirectory);
            if (Directory.Exists(full))
            {
                foreach (var directory in Directory.EnumerateDirectories(full))
                {
                    found.Add(Path.GetFileName(directory));
                }
            }

            foreach (var path in generated.Keys.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)))
            {
                var slash = path.IndexOf('/', prefix.Length);
                if (slash > 0)
                {
                    found.Add(path.Substring(prefix.Length, slash - prefix.Length));
                }
            }

            return found.ToList();
        }

        private string Full(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

        private string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
    }
}
