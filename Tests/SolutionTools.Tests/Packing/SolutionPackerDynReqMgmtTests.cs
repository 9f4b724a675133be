using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Tests.Packing
{
    /// <summary>The packer on a folder we did not write: a real SolutionPackager export (dyn-req-mgmt, MIT).</summary>
    public class SolutionPackerDynReqMgmtTests
    {
        [Fact]
        public void Pack_FolderAsPublished_NamesEveryMissingPayloadByItsPath()
        {
            using var copy = new DynReqMgmtCopy();
            var missing = copy.NamedPayloads().Where(p => !File.Exists(Path.Combine(copy.Folder, p))).ToList();

            var error = Assert.Throws<PackException>(() => SolutionPacker.Pack(copy.Folder, new PackOptions()));

            Assert.Equal(64, missing.Count); // 63 web resources + the plugin DLL (map.xml pulls them from a build)
            Assert.Equal(missing, error.Problems.Select(p => p.File).OrderBy(p => p, StringComparer.Ordinal));
            Assert.All(error.Problems, p => Assert.StartsWith("missing file", p.Reason, StringComparison.Ordinal));
        }

        [Fact]
        public void Pack_WithPlaceholderPayloads_ZipHoldsEveryComponentAtItsNamedPath()
        {
            using var copy = new DynReqMgmtCopy();
            copy.WritePlaceholders();
            var output = TestPaths.NewTempFolder();

            var zipPath = SolutionPacker.PackToDirectory(copy.Folder, output, new PackOptions());

            Assert.Equal(Path.Combine(output, "FedBizApps_RequestManagement_0_1_0_60.zip"), zipPath);
            using var zip = ZipFile.OpenRead(zipPath);
            var customizations = XDocument.Load(zip.GetEntry("customizations.xml")!.Open()).Root!;
            var entities = customizations.Element("Entities")!.Elements("Entity").ToList();
            Assert.Equal(Directory.GetDirectories(Path.Combine(copy.Folder, "Entities")).Length, entities.Count);
            Assert.Equal(copy.CountFiles("Entities", "*.xml") - CountEntityFilesOtherThanForms(copy), entities.SelectMany(e => e.Descendants("systemform")).Count());
            Assert.Equal(CountIn(copy, "SavedQueries"), entities.SelectMany(e => e.Descendants("savedquery")).Count());
            Assert.Equal(CountIn(copy, "Visualizations"), entities.SelectMany(e => e.Descendants("visualization")).Count());
            Assert.Equal(copy.CountFiles("Workflows", "*.xaml.data.xml"), customizations.Element("Workflows")!.Elements("Workflow").Count());
            Assert.Equal(copy.CountFiles("OptionSets", "*.xml"), customizations.Element("optionsets")!.Elements("optionset").Count());
            Assert.Equal(copy.CountFiles("Roles", "*.xml"), customizations.Element("Roles")!.Elements("Role").Count());
            Assert.Equal(copy.CountFiles("Dashboards", "*.xml"), customizations.Element("Dashboards")!.Elements("Dashboard").Count());
            Assert.Equal(copy.CountFiles("SdkMessageProcessingSteps", "*.xml"), customizations.Element("SdkMessageProcessingSteps")!.Elements().Count());
            Assert.Equal(copy.CountFiles("WebResources", "*.data.xml"), customizations.Element("WebResources")!.Elements("WebResource").Count());
            Assert.Single(customizations.Element("SolutionPluginAssemblies")!.Elements("PluginAssembly"));
            Assert.Single(customizations.Element("AppModules")!.Elements("AppModule"));
            Assert.Single(customizations.Element("AppModuleSiteMaps")!.Elements("AppModuleSiteMap"));
            Assert.NotNull(customizations.Element("SiteMap")!.Element("SiteMap"));
            Assert.Equal(
                Directory.EnumerateFiles(Path.Combine(copy.Folder, "Other", "Relationships")).Sum(f => XDocument.Load(f).Root!.Elements("EntityRelationship").Count()),
                customizations.Element("EntityRelationships")!.Elements("EntityRelationship").Count());

            // Every payload the XML names is in the zip, at exactly that path, with the folder's bytes.
            var named = customizations.Descendants().Where(e => e.Name.LocalName is "FileName" or "XamlFileName" or "FormulaDefinitionFileName").ToList();
            Assert.Equal(63 + 1 + 21 + 3, named.Count);
            foreach (var element in named)
            {
                var entry = zip.GetEntry(element.Value.TrimStart('/'));
                Assert.True(entry is not null, $"{element.Value} missing from the zip");
            }

            var xaml = zip.GetEntry("Workflows/RequestBPF-2BE11487-072A-4692-8383-89B98C828C3B.xaml")!;
            using var reader = new StreamReader(xaml.Open());
            Assert.Equal(File.ReadAllText(Path.Combine(copy.Folder, "Workflows", "RequestBPF-2BE11487-072A-4692-8383-89B98C828C3B.xaml")), reader.ReadToEnd());
        }

        [Fact]
        public void Pack_SameFolderCopiedTwice_GivesIdenticalBytes()
        {
            using var first = new DynReqMgmtCopy();
            first.WritePlaceholders();
            using var second = new DynReqMgmtCopy();
            second.WritePlaceholders();
            File.SetLastWriteTimeUtc(Path.Combine(second.Folder, "Other", "Solution.xml"), new DateTime(2011, 1, 1, 0, 0, 0, DateTimeKind.Utc));

            var a = SolutionZip.ToBytes(SolutionPacker.Pack(first.Folder, new PackOptions()));
            var b = SolutionZip.ToBytes(SolutionPacker.Pack(second.Folder, new PackOptions()));

            Assert.Equal(a, b);
        }

        [Fact]
        public void Pack_DynReqMgmt_FillsSkeletonInSchemaOrderAndDropsInvalidEmptyPlaceholders()
        {
            using var copy = new DynReqMgmtCopy();
            copy.WritePlaceholders();

            var package = SolutionPacker.Pack(copy.Folder, new PackOptions());

            var sections = package.Customizations.Root!.Elements().Select(e => e.Name.LocalName).ToList();
            Assert.Equal(
                new[] { "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "RibbonDiffXml", "SiteMap", "EntityMaps", "EntityRelationships", "OrganizationSettings", "optionsets", "Dashboards", "WebResources", "CustomControls", "SolutionPluginAssemblies", "SdkMessageProcessingSteps", "AppModuleSiteMaps", "AppModules", "EntityDataProviders", "Languages" },
                sections);
            var contact = package.Customizations.Root.Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == "Contact");
            Assert.Null(contact.Element("SavedQueries")); // no views in the folder: <SavedQueries/> would fail the schema
            Assert.Single(contact.Element("Visualizations")!.Elements("visualization"));
            Assert.Equal("0", package.Manifest!.Element("Managed")!.Value);
        }

        private static int CountIn(DynReqMgmtCopy copy, string folderName) =>
            Directory.GetDirectories(Path.Combine(copy.Folder, "Entities")).Sum(d => copy.CountFiles(Path.Combine(copy.Relative(d), folderName), "*.xml"));

        private static int CountEntityFilesOtherThanForms(DynReqMgmtCopy copy) =>
            copy.CountFiles("Entities", "Entity.xml") + copy.CountFiles("Entities", "RibbonDiff.xml") + CountIn(copy, "SavedQueries") + CountIn(copy, "Visualizations");
    }
}
