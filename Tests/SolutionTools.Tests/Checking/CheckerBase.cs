using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Checking;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Tests.Checking
{
    /// <summary>
    /// The dyn-req-mgmt export packed once (placeholders for its absent payloads) and its findings: each broken variant
    /// is this package plus one change, and a test asserts exactly which findings the change adds.
    /// </summary>
    public sealed class CheckerBase : IDisposable
    {
        private readonly DynReqMgmtCopy copy = new();

        public CheckerBase()
        {
            copy.WritePlaceholders();
            ZipBytes = SolutionZip.ToBytes(SolutionPacker.Pack(copy.Folder, new PackOptions()));
            Baseline = TestPaths.Schemas is null
                ? Array.Empty<string>()
                : SolutionChecker.CheckPackage(NewPackage(), TestPaths.Schemas).Select(f => f.ToString()).ToArray();
        }

        public byte[] ZipBytes { get; }

        public IReadOnlyList<string> Baseline { get; }

        public string Folder => copy.Folder;

        /// <summary>A fresh, mutable package read from the packed zip.</summary>
        public SolutionPackage NewPackage()
        {
            var contents = SolutionZipReader.ReadContents(new MemoryStream(ZipBytes));
            var package = SolutionZipReader.ToPackage(contents);
            return new SolutionPackage(
                package.Solution,
                package.Customizations,
                new SortedDictionary<string, byte[]>(package.Parts.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal));
        }

        /// <summary>Findings the variant has that the unmodified package does not.</summary>
        public IReadOnlyList<Diagnostic> Added(SolutionPackage variant) =>
            SolutionChecker.CheckPackage(variant, TestPaths.Schemas!).Where(f => !Baseline.Contains(f.ToString())).ToList();

        public void Dispose() => copy.Dispose();
    }
}
