using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>The repository's Solution/ folder and its packed customizations (without plugin components, which need a build).</summary>
    internal static class ShippedSolution
    {
        public static string Root { get; } = FindRoot();

        public static string Folder => Path.Combine(Root, "Solution");

        private static readonly Lazy<string> Packed = new(() =>
        {
            var output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "df-shipped-" + Guid.NewGuid().ToString("N"));
            AppDomain.CurrentDomain.ProcessExit += (_, _) => { if (Directory.Exists(output)) Directory.Delete(output, recursive: true); }; // read by tests until the run ends
            return SolutionPacker.PackToDirectory(Folder, output, new PackOptions { NoPluginGeneration = true });
        });

        /// <summary>The folder packed once per test run (without plugin components, which need a build).</summary>
        public static string Zip => Packed.Value;

        /// <summary>Every XML file a person maintains in Solution/, with its path relative to the folder.</summary>
        public static IEnumerable<(string Path, XDocument Xml)> XmlFiles() =>
            Directory.EnumerateFiles(Folder, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xaml", StringComparison.OrdinalIgnoreCase))
                .Where(f => !IsGenerated(f))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (System.IO.Path.GetRelativePath(Folder, f), XDocument.Load(f)));

        private static bool IsGenerated(string path)
        {
            var relative = System.IO.Path.GetRelativePath(Folder, path).Replace('\\', '/');
            return relative.StartsWith("PluginAssemblies/", StringComparison.Ordinal) || relative.StartsWith("SdkMessageProcessingSteps/", StringComparison.Ordinal);
        }

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "DataverseFunnel.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("DataverseFunnel.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
