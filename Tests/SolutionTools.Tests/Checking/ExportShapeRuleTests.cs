using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Tests.Checking
{
    /// <summary>
    /// The export-shape rules hold of every real export the project carries (so they cannot be false errors), of our own
    /// packed solution, and each of them catches its broken variant of our solution.
    /// </summary>
    public class ExportShapeRuleTests : IClassFixture<ExportShapeRuleTests.OurPackage>
    {
        private const string Flow = "bowtie_bowtiejourneyflow";
        private const string XamlPath = "Workflows/Bowtiejourney-4C43D4DA-56EB-4518-8184-80846CCC36FE.xaml";
        private readonly OurPackage ours;

        public ExportShapeRuleTests(OurPackage ours)
        {
            this.ours = ours;
        }

        public static IEnumerable<object[]> Corpus() => RealExportCorpus.Items().Select(i => new object[] { i });

        [Fact]
        public void Corpus_HasEveryFormAndTheComponentsTheRulesCover()
        {
            var items = RealExportCorpus.Items();
            var packages = items.Select(RealExportCorpus.Load).ToList();

            // Three accelerator zips, three extracted sample zips, the dyn-req-mgmt folder.
            Assert.Equal(7, items.Count);
            var all = packages.Select(p => p.Customizations.Root!).ToList();
            Assert.Equal(2, all.Sum(c => c.Descendants("IsBPFEntity").Count(e => e.Value == "1")));
            Assert.Contains(all, c => c.Descendants("PluginAssembly").Any());
            Assert.Contains(all, c => c.Descendants("SdkMessageProcessingStep").Any());
            Assert.Contains(all, c => c.Descendants("AppModule").Any());
            Assert.Contains(all, c => c.Descendants("Dashboard").Any());
            Assert.Contains(all, c => c.Descendants("visualization").Any());
            Assert.Contains(all, c => c.Elements("Roles").Elements("Role").Any());
            Assert.Contains(all, c => c.Descendants("Workflow").Any(w => w.Attribute("unmodified")?.Value == "1"));
        }

        [Theory]
        [MemberData(nameof(Corpus))]
        public void ShapeRules_RealExport_FindNothing(string item)
        {
            var findings = RealExportCorpus.ShapeFindings(RealExportCorpus.Load(item));

            Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        }

        [Fact]
        public void ShapeRules_OurSolution_FindNothing()
        {
            var findings = RealExportCorpus.ShapeFindings(ours.NewPackage());

            Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        }

        [Fact]
        public void Pack_OurSolution_IsLaidOutAsADataverseExport()
        {
            using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(ours.ZipBytes));
            var names = archive.Entries.Select(e => e.FullName).ToList();

            Assert.Equal(new[] { "customizations.xml", "solution.xml" }, names.Take(2));
            Assert.Equal("[Content_Types].xml", names[^1]);
            Assert.Contains($"Formulas/{Flow}-bpf_duration.xaml", names);
            var contentTypes = XDocument.Load(archive.GetEntry("[Content_Types].xml")!.Open()).Root!.Elements().ToList();
            Assert.Equal(new[] { "xml", "dll", "xaml" }, contentTypes.Where(e => e.Name.LocalName == "Default").Select(e => e.Attribute("Extension")?.Value));
            // The extension-less web resource part (the poster page) gets its own Override, as exports write it.
            var overrides = contentTypes.Where(e => e.Name.LocalName == "Override").Select(e => e.Attribute("PartName")?.Value).ToList();
            Assert.Equal(names.Where(n => n.StartsWith("WebResources/", StringComparison.Ordinal)).Select(n => "/" + n), overrides);
            Assert.NotEmpty(overrides);
            foreach (var manifest in new[] { "customizations.xml", "solution.xml" })
            {
                // As Dataverse writes them: no BOM, no XML declaration, CRLF.
                using var reader = new StreamReader(archive.GetEntry(manifest)!.Open(), new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
                var text = reader.ReadToEnd();
                Assert.StartsWith("<ImportExportXml ", text, StringComparison.Ordinal);
                Assert.Contains("\r\n  <", text, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void ShapeRules_FlowTableExportedWithOnlyItsRelationshipColumns_FindNothing()
        {
            // Dataverse exports a flow table it did not change with only the columns that hold relationships (the
            // Volunteer Management accelerator does): that partial table is not held to the full column list.
            var package = ours.NewPackage();
            var keep = new[] { "activestageid", "bpf_bowtie_journeyid", "createdby", "createdonbehalfby", "modifiedby", "modifiedonbehalfby", "organizationid", "processid", "traversedpath" };
            Attributes(package, Flow).Where(a => !keep.Contains(a.Element("LogicalName")!.Value)).Remove();

            Assert.Empty(RealExportCorpus.ShapeFindings(package));
        }

        [Theory]
        [InlineData("EXP001", "<ImportExportXml> lacks @generatedBy")]
        [InlineData("EXP002", "<SolutionManifest> children are not in export order")]
        [InlineData("EXP003", "root component type 1 follows type 380")] // the last root is an environment variable
        [InlineData("EXP004", "exports store it as '/PluginAssemblies/DataverseFunnelPlugins-8DDF5EDA-6045-454E-8377-B8B711D162D3/DataverseFunnelPlugins.dll'")]
        [InlineData("EXP005", "lacks FilteringAttributes")]
        [InlineData("EXP006", "names its XAML '/Workflows/Bowtie journey-4C43D4DA-56EB-4518-8184-80846CCC36FE.xaml'")]
        [InlineData("EXP007", "app 'bowtie_bowtie' has 0 site map components")]
        [InlineData("EXP008", "site map '' lacks SiteMapUniqueName")]
        [InlineData("EXP009", "role 'Bowtie contributor' lacks IsCustomizable")]
        [InlineData("EXP010", "lacks isquickfindquery")]
        [InlineData("EXP011", "lacks CanBeDeleted")]
        [InlineData("EXP012", "has <forms type=\"main\">")]
        [InlineData("BPF007", "is UserOwned; flow tables are organization-owned")]
        [InlineData("BPF008", "lacks traversedpath, which Dataverse creates on every flow table")]
        [InlineData("BPF009", "bpf_duration of 'bowtie_bowtiejourneyflow' is not the calculated whole number")]
        [InlineData("BPF010", "lacks the relationships lk_bowtie_bowtiejourneyflow_createdby, organization_bowtie_bowtiejourneyflow")]
        [InlineData("BPF011", "has Scope '1'; every exported flow has 4")]
        [InlineData("BPF012", "ships as no type 29 root")]
        [InlineData("BPF013", "step control for 'bowtie_seodone' uses control class 5b773807-9fb2-42db-97c3-7a91eff8adff (for datetime columns) but the column is bit")]
        public void ShapeRules_BrokenVariant_ReportExactlyThatRule(string rule, string message)
        {
            var package = ours.NewPackage();
            Break(rule, package);

            var findings = RealExportCorpus.ShapeFindings(package);

            Assert.NotEmpty(findings);
            Assert.All(findings, f => Assert.Equal(rule, f.Rule));
            Assert.Contains(findings, f => f.Message.Contains(message, StringComparison.Ordinal));
            Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Fix)));
        }

        [Fact]
        public void ShapeRules_FlowRecordInDraft_AcceptedButAnUnknownStateIsNot()
        {
            var draft = ours.NewPackage();
            SetFlow(draft, "StateCode", "0");
            SetFlow(draft, "StatusCode", "1");
            var broken = ours.NewPackage();
            SetFlow(broken, "StatusCode", "1");

            Assert.Empty(RealExportCorpus.ShapeFindings(draft));
            var finding = Assert.Single(RealExportCorpus.ShapeFindings(broken));
            Assert.Contains("StateCode/StatusCode 1/1", finding.Message, StringComparison.Ordinal);
        }

        private static void Break(string rule, SolutionPackage package)
        {
            var root = package.Customizations.Root!;
            var manifest = package.Manifest!;
            var roots = manifest.Element("RootComponents")!;
            switch (rule)
            {
                case "EXP001": package.Solution.Root!.Attribute("generatedBy")!.Remove(); break;
                case "EXP002": manifest.Element("Version")!.Remove(); manifest.Add(new XElement("Version", "1.0.0.0")); break;
                case "EXP003": roots.Add(new XElement(roots.Elements().First())); roots.Elements().First().Remove(); break;
                case "EXP004": root.Descendants("PluginAssembly").Single().Element("FileName")!.Value = "/PluginAssemblies/DataverseFunnel.Plugins.dll"; break;
                case "EXP005": root.Descendants("SdkMessageProcessingStep").First().Element("FilteringAttributes")!.Remove(); break;
                case "EXP006": FlowRecord(package).Element("XamlFileName")!.Value = "/Workflows/Bowtie journey-4C43D4DA-56EB-4518-8184-80846CCC36FE.xaml"; break;
                case "EXP007": root.Descendants("AppModuleComponent").Single(c => c.Attribute("type")!.Value == "62").Remove(); break;
                case "EXP008": root.Descendants("AppModuleSiteMap").Single().Element("SiteMapUniqueName")!.Remove(); break;
                case "EXP009": root.Element("Roles")!.Elements("Role").Single(r => r.Attribute("name")!.Value == "Bowtie contributor").Element("IsCustomizable")!.Remove(); break;
                case "EXP010": root.Descendants("savedquery").First().Element("isquickfindquery")!.Remove(); break;
                case "EXP011": root.Descendants("visualization").First().Element("CanBeDeleted")!.Remove(); break;
                case "EXP012": root.Descendants("Dashboard").Single().Element("FormXml")!.Element("forms")!.SetAttributeValue("type", "main"); break;
                case "BPF007": Table(package, Flow).Descendants("OwnershipTypeMask").Single().Value = "UserOwned"; break;
                case "BPF008": Attributes(package, Flow).Single(a => a.Element("LogicalName")!.Value == "traversedpath").Remove(); break;
                case "BPF009": Attributes(package, Flow).Single(a => a.Element("LogicalName")!.Value == "bpf_duration").Element("FormulaDefinitionFileName")!.Remove(); break;
                case "BPF010":
                    root.Element("EntityRelationships")!.Elements().Where(r => r.Attribute("Name")!.Value is "lk_bowtie_bowtiejourneyflow_createdby" or "organization_bowtie_bowtiejourneyflow").Remove();
                    break;
                case "BPF011": SetFlow(package, "Scope", "1"); break;
                case "BPF012": roots.Elements().Single(r => r.Attribute("type")!.Value == "29").Remove(); break;
                case "BPF013": EditXaml(package, x => SeoControl(x).SetAttributeValue("ClassId", "5b773807-9fb2-42db-97c3-7a91eff8adff")); break;
                default: throw new ArgumentOutOfRangeException(nameof(rule), rule, "no variant for this rule");
            }
        }

        [Fact]
        public void ShapeRules_StepControlWithoutItsFlags_ReportsEachMissingAttribute()
        {
            var package = ours.NewPackage();
            EditXaml(package, x =>
            {
                SeoControl(x).Attribute("IsUnbound")!.Remove();
                SeoControl(x).Attribute("SystemStepType")!.Remove();
            });

            var finding = Assert.Single(RealExportCorpus.ShapeFindings(package));

            Assert.Equal("BPF013", finding.Rule);
            Assert.Contains("step control for 'bowtie_seodone' lacks IsUnbound, SystemStepType", finding.Message, StringComparison.Ordinal);
        }

        private static XElement SeoControl(XDocument xaml) =>
            xaml.Descendants().Single(e => e.Name.LocalName == "Control" && e.Attribute("DataFieldName")?.Value == "bowtie_seodone");

        private static void EditXaml(SolutionPackage package, Action<XDocument> edit)
        {
            var parts = (IDictionary<string, byte[]>)package.Parts;
            var xaml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(parts[XamlPath]).TrimStart('\uFEFF'));
            edit(xaml);
            parts[XamlPath] = System.Text.Encoding.UTF8.GetBytes(xaml.ToString());
        }

        private static XElement Table(SolutionPackage package, string name) =>
            package.Customizations.Root!.Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == name);

        private static IEnumerable<XElement> Attributes(SolutionPackage package, string table) =>
            Table(package, table).Descendants("attributes").Single().Elements("attribute").ToList();

        private static XElement FlowRecord(SolutionPackage package) =>
            package.Customizations.Root!.Element("Workflows")!.Elements("Workflow").Single(w => w.Element("UniqueName")?.Value == Flow);

        private static void SetFlow(SolutionPackage package, string field, string value) => FlowRecord(package).Element(field)!.Value = value;

        /// <summary>Our Solution/ packed once the way <c>funnel pack</c> does; each test takes a fresh copy.</summary>
        public sealed class OurPackage
        {
            public OurPackage()
            {
                ZipBytes = SolutionZip.ToBytes(SolutionPacker.Pack(TestPaths.OurSolutionFolder, new PackOptions()));
            }

            public byte[] ZipBytes { get; }

            public SolutionPackage NewPackage() => SolutionZipReader.ToPackage(SolutionZipReader.ReadContents(new MemoryStream(ZipBytes)));
        }
    }
}
