using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.ServiceModel;
using System.Xml.Linq;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Solutions;
using DataverseFunnel.Plugins;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>
    /// The environment variables ship as Dataverse exports them (real-export-shapes.md; types from
    /// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition),
    /// rooted as type 380, packed into the zip, and become definition rows when the zip is imported.
    /// </summary>
    public class EnvironmentVariableDefinitionTests
    {
        private static readonly string[] Expected =
        {
            "bowtie_AllowLaterStageOnCreate", "bowtie_AllowRecycle", "bowtie_AllowSkip", "bowtie_ConversionTargets", "bowtie_ExitCriteria",
            "bowtie_HistoryCorrectors", "bowtie_RequireReasonForReactivation", "bowtie_VocabularyEnforcement",
        };

        private static readonly string[] Types = { "100000000", "100000001", "100000002", "100000003" };

        private static string DefinitionsFolder => Path.Combine(ShippedSolution.Folder, "environmentvariabledefinitions");

        [Fact]
        public void EachDefinition_HasTheExportedShape()
        {
            var folders = Directory.GetDirectories(DefinitionsFolder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.Equal(Expected, folders);
            foreach (var name in folders)
            {
                var root = XDocument.Load(Path.Combine(DefinitionsFolder, name!, "environmentvariabledefinition.xml")).Root!;
                Assert.Equal("environmentvariabledefinition", root.Name.LocalName);
                Assert.Equal(name, (string?)root.Attribute("schemaname"));
                Assert.Equal(
                    new[] { "defaultvalue", "description", "displayname", "introducedversion", "iscustomizable", "isrequired", "secretstore", "type" },
                    root.Elements().Select(e => e.Name.LocalName));
                foreach (var label in new[] { "description", "displayname" })
                {
                    var element = root.Element(label)!;
                    Assert.False(string.IsNullOrWhiteSpace((string?)element.Attribute("default")), name + " " + label);
                    Assert.Equal("1033", (string?)element.Element("label")!.Attribute("languagecode"));
                    Assert.Equal((string?)element.Attribute("default"), (string?)element.Element("label")!.Attribute("description"));
                }

                Assert.Equal("1.0.0.0", root.Element("introducedversion")!.Value);
                Assert.Equal("0", root.Element("secretstore")!.Value);
                Assert.Contains(root.Element("type")!.Value, Types);
                Assert.False(string.IsNullOrWhiteSpace(root.Element("defaultvalue")!.Value), name + " ships a default");
            }
        }

        [Fact]
        public void EachDefinition_IsARootComponentOfType380()
        {
            var manifest = XDocument.Load(Path.Combine(ShippedSolution.Folder, "Other", "Solution.xml"));
            var rooted = manifest.Descendants("RootComponent").Where(r => (string?)r.Attribute("type") == "380")
                .Select(r => (string)r.Attribute("schemaName")!).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(Expected, rooted);
        }

        [Fact]
        public void PackedZip_CarriesEachDefinitionAtItsExportPath()
        {
            using var zip = ZipFile.OpenRead(ShippedSolution.Zip);
            var entries = zip.Entries.Select(e => e.FullName).Where(SolutionEnvironmentVariables.IsDefinition).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(Expected.Select(n => $"environmentvariabledefinitions/{n}/environmentvariabledefinition.xml"), entries);
        }

        [Fact]
        public void Import_CreatesTheDefinitionRows_WithTypeAndDefault()
        {
            var org = ImportedOrg();

            var rows = org.All("environmentvariabledefinition").ToDictionary(r => r.GetAttributeValue<string>("schemaname")!);
            Assert.Equal(Expected, rows.Keys.OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal("no", rows["bowtie_AllowSkip"].GetAttributeValue<string>("defaultvalue"));
            Assert.Equal(100000002, rows["bowtie_AllowSkip"].GetAttributeValue<OptionSetValue>("type")!.Value);
            Assert.Equal(100000003, rows["bowtie_ConversionTargets"].GetAttributeValue<OptionSetValue>("type")!.Value);
            Assert.Equal("Bowtie: allow skipping stages", rows["bowtie_AllowSkip"].GetAttributeValue<string>("displayname"));
            Assert.Equal(SolutionEnvironmentVariables.IdFor("bowtie_allowskip"), rows["bowtie_AllowSkip"].Id); // stable across re-imports
        }

        [Fact]
        public void ImportedOrg_AdminCurrentValue_ChangesTheRuleForEveryStep()
        {
            var org = ImportedOrg();
            org.RegisterPlugin<JourneyStagePlugin>();
            var service = org.CreateService();
            var id = service.Create(new Entity("bowtie_journey") { ["bowtie_name"] = "Contoso" });
            var skip = new Entity("bowtie_journey", id) { ["bowtie_stage"] = new OptionSetValue(269840002), ["bowtie_movereason"] = "Met at the fair" };
            Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Update(skip)); // shipped default: no

            service.Create(new Entity("environmentvariablevalue")
            {
                ["schemaname"] = "bowtie_AllowSkip",
                ["value"] = "yes",
                ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition", SolutionEnvironmentVariables.IdFor("bowtie_AllowSkip")),
            });
            service.Update(skip);

            Assert.Equal(269840002, org.Peek("bowtie_journey", id)!.GetAttributeValue<OptionSetValue>("bowtie_stage")!.Value);
        }

        private static InMemoryOrganization ImportedOrg()
        {
            var org = new InMemoryOrganization(SolutionMetadataReader.Read(ShippedSolution.Zip));
            org.Seed(SolutionEnvironmentVariables.Read(ShippedSolution.Zip));
            return org;
        }
    }
}
