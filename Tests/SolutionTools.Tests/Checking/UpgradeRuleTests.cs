using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Checking;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Tests.Checking
{
    /// <summary>
    /// The upgrade path: our Solution/ packed as 1.0.0.0 and as 1.1.0.0 (pack --version), and
    /// <c>funnel check NEW --upgrades OLD</c> passing for the real pair and failing for each broken variant.
    /// </summary>
    public class UpgradeRuleTests
    {
        private static readonly Lazy<(string Old, string New)> Pair = new(() =>
        {
            var options = new PackOptions { Log = Console.Error };
            var old = SolutionPacker.PackToDirectory(TestPaths.OurSolutionFolder, TestPaths.NewTempFolder(), options);
            var next = SolutionPacker.PackToDirectory(TestPaths.OurSolutionFolder, TestPaths.NewTempFolder(), new PackOptions { Log = Console.Error, Version = "1.1.0.0" });
            return (old, next);
        });

        [Fact]
        public void PackVersion_NamesTheZipStampsTheManifestAndStaysDeterministic()
        {
            var again = SolutionPacker.PackToDirectory(TestPaths.OurSolutionFolder, TestPaths.NewTempFolder(), new PackOptions { Version = "1.1.0.0" });

            Assert.Equal("DataverseFunnel_1_1_0_0.zip", Path.GetFileName(Pair.Value.New));
            Assert.Equal(File.ReadAllBytes(Pair.Value.New), File.ReadAllBytes(again));
            using var archive = ZipFile.OpenRead(again);
            var manifest = XDocument.Load(archive.GetEntry("solution.xml")!.Open()).Root!.Element("SolutionManifest")!;
            Assert.Equal("1.1.0.0", manifest.Element("Version")!.Value);
            Assert.Contains("<Version>1.0.0.0</Version>", File.ReadAllText(Path.Combine(TestPaths.OurSolutionFolder, "Other", "Solution.xml")));
        }

        [Fact]
        public void PackVersion_NotFourNumbers_RefusedNothingWritten()
        {
            var output = TestPaths.NewTempFolder();

            var e = Assert.Throws<PackException>(() => SolutionPacker.PackToDirectory(TestPaths.OurSolutionFolder, output, new PackOptions { Version = "1.1" }));

            Assert.Contains(e.Problems, p => p.Reason.Contains("must be a.b.c.d"));
            Assert.Empty(Directory.EnumerateFiles(output));
        }

        [SkippableFact]
        public void Check_LaterUpgradesEarlier_NoFinding()
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found (set DATAVERSE_SCHEMAS or provide ../shared/schemas)");

            var findings = Check(Pair.Value.New, Pair.Value.Old);

            var failing = findings.Where(f => f.Severity is Severity.Error or Severity.Warning).ToList();
            Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));
        }

        [SkippableFact]
        public void Check_SameOrLowerVersion_UPG002()
        {
            Skip.If(TestPaths.Schemas is null, "schemas not found");

            Assert.Equal(new[] { "UPG002" }, UpgradeRules(Check(Pair.Value.Old, Pair.Value.New)));
            Assert.Equal(new[] { "UPG002" }, UpgradeRules(Check(Pair.Value.Old, Pair.Value.Old)));
        }

        [SkippableFact]
        public void Check_ViewRemoved_UPG003()
        {
            Skip.If(TestPaths.Schemas is null, "schemas not found");
            var variant = Variant((_, customizations) => customizations.Descendants("savedquery").First(v => IsOurs(v)).Remove());

            var findings = Check(variant, Pair.Value.Old);

            var finding = Assert.Single(findings, f => f.Rule.StartsWith("UPG", StringComparison.Ordinal));
            Assert.Equal("UPG003", finding.Rule);
            Assert.Contains("view", finding.Message);
        }

        [SkippableFact]
        public void Check_ColumnRemoved_UPG003WithItsData()
        {
            Skip.If(TestPaths.Schemas is null, "schemas not found");
            var variant = Variant((_, customizations) => customizations.Descendants("attribute").First(a => a.Attribute("PhysicalName")?.Value == "bowtie_campaign").Remove());

            var findings = Check(variant, Pair.Value.Old);

            Assert.Contains(findings, f => f.Rule == "UPG003" && f.Message.Contains("bowtie_journey.bowtie_campaign") && f.Message.Contains("with its data"));
        }

        [SkippableFact]
        public void Check_ViewIdChanged_UPG004NamesBothIds()
        {
            Skip.If(TestPaths.Schemas is null, "schemas not found");
            string? oldId = null;
            var variant = Variant((_, customizations) =>
            {
                var id = customizations.Descendants("savedquery").First(v => IsOurs(v)).Element("savedqueryid")!;
                oldId = Guid.Parse(id.Value).ToString("D");
                id.Value = "{" + Guid.NewGuid() + "}";
            });

            var findings = Check(variant, Pair.Value.Old);

            var finding = Assert.Single(findings, f => f.Rule.StartsWith("UPG", StringComparison.Ordinal));
            Assert.Equal("UPG004", finding.Rule);
            Assert.Contains(oldId!, finding.Message);
        }

        [SkippableFact]
        public void Check_ColumnTypeChanged_UPG005()
        {
            Skip.If(TestPaths.Schemas is null, "schemas not found");
            var variant = Variant((_, customizations) =>
                customizations.Descendants("attribute").First(a => a.Attribute("PhysicalName")?.Value == "bowtie_campaign").Element("Type")!.Value = "memo");

            Assert.Contains("UPG005", UpgradeRules(Check(variant, Pair.Value.Old)));
        }

        [SkippableFact]
        public void Check_PublisherPrefixChanged_UPG001()
        {
            Skip.If(TestPaths.Schemas is null, "schemas not found");
            var variant = Variant((solution, _) => solution.Descendants("Publisher").Single().Element("UniqueName")!.Value = "otherpublisher");

            Assert.Equal(new[] { "UPG001" }, UpgradeRules(Check(variant, Pair.Value.Old)));
        }

        [SkippableFact]
        public void Check_LabelInALanguageNotListed_LANG001()
        {
            Skip.If(TestPaths.Schemas is null, "schemas not found");
            var variant = Variant((_, customizations) =>
            {
                var label = customizations.Descendants("label").First(l => l.Attribute("languagecode")?.Value == "1036");
                label.AddAfterSelf(new XElement("label", new XAttribute("description", "Interessent"), new XAttribute("languagecode", "1031")));
            });

            var findings = SolutionChecker.Check(variant, new CheckOptions { SchemasDirectory = TestPaths.Schemas });

            var finding = Assert.Single(findings, f => f.Rule == "LANG001");
            Assert.Contains("1031", finding.Message);
        }

        [Fact]
        public void Check_EarlierVersionMissing_UsageError()
        {
            var e = Assert.Throws<CheckUsageException>(() => SolutionChecker.Check(Pair.Value.New, new CheckOptions
            {
                SchemasDirectory = TestPaths.Schemas ?? TestPaths.NewTempFolder(),
                UpgradesFrom = Path.Combine(TestPaths.NewTempFolder(), "nothing.zip"),
            }));

            Assert.Contains("--upgrades", e.Message);
        }

        private static bool IsOurs(XElement view) => view.Ancestors("Entity").First().Element("Name")!.Value == "bowtie_journey";

        private static string[] UpgradeRules(System.Collections.Generic.IEnumerable<Diagnostic> findings) =>
            findings.Select(f => f.Rule).Where(r => r.StartsWith("UPG", StringComparison.Ordinal)).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToArray();

        private static System.Collections.Generic.IReadOnlyList<Diagnostic> Check(string zipOrFolder, string earlier) =>
            SolutionChecker.Check(zipOrFolder, new CheckOptions { SchemasDirectory = TestPaths.Schemas, UpgradesFrom = earlier });

        /// <summary>The 1.1.0.0 zip extracted to a folder with one change to its manifests (checked as the zip it came from).</summary>
        private static string Variant(Action<XDocument, XDocument> change)
        {
            var folder = TestPaths.NewTempFolder();
            ZipFile.ExtractToDirectory(Pair.Value.New, folder);
            var solution = XDocument.Load(Path.Combine(folder, "solution.xml"));
            var customizations = XDocument.Load(Path.Combine(folder, "customizations.xml"));
            change(solution, customizations);
            solution.Save(Path.Combine(folder, "solution.xml"));
            customizations.Save(Path.Combine(folder, "customizations.xml"));
            return folder;
        }
    }
}
