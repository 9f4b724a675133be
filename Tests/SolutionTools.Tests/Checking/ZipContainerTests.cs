using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DataverseFunnel.SolutionTools.Checking;

namespace DataverseFunnel.SolutionTools.Tests.Checking
{
    /// <summary>Broken zip containers (built by hand from a good zip): each adds exactly its ZIP finding.</summary>
    public class ZipContainerTests : IClassFixture<CheckerBase>
    {
        private readonly CheckerBase fixture;

        public ZipContainerTests(CheckerBase fixture)
        {
            this.fixture = fixture;
        }

        [SkippableTheory]
        [InlineData("ZIP002", "Formulas/", "the zip has a directory entry", Severity.Warning)]
        [InlineData("ZIP003", "Formulas\\extra.xaml", "the entry name uses backslashes", Severity.Error)]
        [InlineData("ZIP004", "-WebResources/fdbzap_commontoolsjs9361AA6D-2F0D-E811-A957-000D3A109495", "names part /WebResources/fdbzap_commontoolsjs9361AA6D-2F0D-E811-A957-000D3A109495 but the zip has no such entry", Severity.Error)]
        [InlineData("ZIP005", "Extra/readme.txt", "no content type covers part Extra/readme.txt", Severity.Warning)]
        public void Check_BrokenContainer_AddsExactlyThatFinding(string rule, string change, string message, Severity severity)
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found (set DATAVERSE_SCHEMAS or provide ../shared/schemas)");
            var baseline = Check(Rewrite(fixture.ZipBytes, _ => { })).Select(f => f.ToString()).ToHashSet();
            var variant = Rewrite(fixture.ZipBytes, entries =>
            {
                if (change.StartsWith('-'))
                {
                    entries.Remove(change[1..]);
                }
                else
                {
                    entries[change] = change.EndsWith('/') ? Array.Empty<byte>() : Encoding.UTF8.GetBytes("extra");
                }
            });

            var added = Check(variant).Where(f => !baseline.Contains(f.ToString())).ToList();

            var finding = Assert.Single(added);
            Assert.Equal((rule, severity), (finding.Rule, finding.Severity));
            Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void Check_ZipWithoutSolutionXml_ReportsMissingRootFileOnly()
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var variant = Rewrite(fixture.ZipBytes, entries => entries.Remove("solution.xml"));

            var findings = Check(variant);

            var finding = Assert.Single(findings);
            Assert.Equal(("solution.xml", "ZIP001"), (finding.File, finding.Rule));
            Assert.Contains("0x80048060", finding.Message, StringComparison.Ordinal);
        }

        private static IReadOnlyList<Diagnostic> Check(string zipPath) =>
            SolutionChecker.Check(zipPath, new CheckOptions { SchemasDirectory = TestPaths.Schemas });

        /// <summary>Copies the zip entry by entry (names kept as written), lets the test change the list, writes it to a temp file.</summary>
        private static string Rewrite(byte[] zip, Action<SortedDictionary<string, byte[]>> change)
        {
            var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
            {
                foreach (var entry in archive.Entries)
                {
                    using var buffer = new MemoryStream();
                    entry.Open().CopyTo(buffer);
                    entries[entry.FullName] = buffer.ToArray();
                }
            }

            change(entries);
            var path = Path.Combine(TestPaths.NewTempFolder(), "variant.zip");
            using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
            {
                foreach (var (name, bytes) in entries)
                {
                    using var output = archive.CreateEntry(name).Open();
                    output.Write(bytes);
                }
            }

            return path;
        }
    }
}
