using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DataverseFunnel.SolutionTools.Checking;
using DataverseFunnel.SolutionTools.Checking.Rules;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Tests.Checking
{
    /// <summary>
    /// Every real export under Tests/Fixtures/RealExports in the form it is carried: export zips, folders extracted
    /// from a zip (solution.xml at the root), and the dyn-req-mgmt SolutionPackager folder (packed with placeholders
    /// for the payloads its repository leaves out).
    /// </summary>
    internal static class RealExportCorpus
    {
        /// <summary>Paths relative to the corpus folder, found on disk so a newly vendored export is covered too.</summary>
        public static IReadOnlyList<string> Items()
        {
            var root = TestPaths.RealExports;
            var exact = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseSensitive };
            var zips = Directory.EnumerateFiles(root, "*.zip", exact);
            var extracted = Directory.EnumerateFiles(root, "solution.xml", exact).Select(Path.GetDirectoryName);
            var unpacked = Directory.EnumerateFiles(root, "Solution.xml", exact)
                .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Other")
                .Select(f => Path.GetDirectoryName(Path.GetDirectoryName(f)));
            return zips.Concat(extracted).Concat(unpacked)
                .Select(p => Path.GetRelativePath(root, p!).Replace(Path.DirectorySeparatorChar, '/'))
                .Distinct(StringComparer.Ordinal)
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
        }

        public static SolutionPackage Load(string item)
        {
            var path = Path.Combine(TestPaths.RealExports, item);
            if (File.Exists(path))
            {
                return SolutionZipReader.Read(path).Package;
            }

            if (SolutionChecker.IsExtractedZip(path))
            {
                return SolutionZipReader.ToPackage(SolutionZipReader.ReadExtracted(path));
            }

            if (Path.GetFullPath(path) != Path.GetFullPath(TestPaths.DynReqMgmtPackage))
            {
                throw new InvalidOperationException($"{item}: an unpacked folder other than dyn-req-mgmt needs its placeholders written before it packs");
            }

            using var copy = new DynReqMgmtCopy();
            copy.WritePlaceholders();
            return SolutionPacker.Pack(copy.Folder, new PackOptions());
        }

        /// <summary>Findings of the export-shape rules alone (they need no schemas).</summary>
        public static IReadOnlyList<Diagnostic> ShapeFindings(SolutionPackage package)
        {
            var context = new CheckContext(package, string.Empty, zip: null);
            ProcessFlowShapeRules.Check(context);
            ExportShapeRules.Check(context);
            return context.Findings;
        }
    }
}
