using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Checking;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Tests.Checking
{
    /// <summary>One broken variant per rule: the change adds exactly the findings of that rule, with the expected message.</summary>
    public class SolutionCheckerRuleTests : IClassFixture<CheckerBase>
    {
        private const string XamlPath = "Workflows/RequestBPF-2BE11487-072A-4692-8383-89B98C828C3B.xaml";
        private static readonly XNamespace X = "http://schemas.microsoft.com/winfx/2006/xaml";
        private readonly CheckerBase fixture;

        public SolutionCheckerRuleTests(CheckerBase fixture)
        {
            this.fixture = fixture;
        }

        [SkippableTheory]
        [InlineData("XSD001", "has invalid child element 'Bogus'")]
        [InlineData("XSD002", "The 'mapping' attribute is invalid")]
        [InlineData("XSD004", "invalid child element 'bogus'")]
        [InlineData("MAN001", "solution unique name 'Bad Name'")]
        [InlineData("MAN002", "version '1.0' is not a.b.c.d")]
        [InlineData("MAN003", "publisher prefix 'waytoolongprefix'")]
        [InlineData("MAN004", "option value prefix '5000'")]
        [InlineData("MAN005", "'contoso_color' does not start with the publisher prefix 'fdbzap_'")]
        [InlineData("MAN006", "<Managed> is '2'")]
        [InlineData("ROOT001", "type '999' is not a documented component type")]
        [InlineData("ROOT003", "behavior '7'")]
        [InlineData("ROOT004", "type 20 '0f0f0f0f-0000-4000-8000-000000000001' has no definition")]
        [InlineData("ROOT005", "type 20 '285735db-c8f7-e711-a955-000d3a34a1bd' is defined but not a root component")]
        [InlineData("OPT001", "option value '123' is not 74121 × 10000 + n")]
        [InlineData("BPF001", "has no backing table 'fdbzap_bpf_request' with IsBPFEntity=1")]
        [InlineData("BPF002", "x:Class is 'XrmWorkflowWrong'")]
        [InlineData("BPF003", "NextStageId 0f0f0f0f-0000-4000-8000-000000000002, which is no stage")]
        [InlineData("BPF004", "LabelId d1a4af4a-857b-403d-86a7-e54b343ad34a has no <steplabels")]
        [InlineData("BPF005", "StageCategory '9', not 0–7")]
        [InlineData("BPF006", "step field 'fdbzap_nosuchfield' is not a column of table 'fdbzap_requests'")]
        [InlineData("STEP001", "SdkMessageId '{0f0f0f0f-0000-4000-8000-000000000003}', which is not a known SDK message")]
        [InlineData("STEP002", "Stage '30'")]
        [InlineData("STEP003", "Mode '5'")]
        [InlineData("STEP005", "runs plugin type 'Nope.Type'")]
        [InlineData("STEP006", "table 'nosuchtable', which is neither in the solution nor a core table")]
        [InlineData("STEP007", "asks for a pre-image on Create")]
        [InlineData("STEP008", "names column 'fdbzap_nosuchcolumn' in <FilteringAttributes>, which table 'fdbzap_ar_action' does not have")]
        [InlineData("COL001", "the query names 'fdbzap_nosuchcolumn', which is not a column of table 'fdbzap_requests'")]
        [InlineData("COL002", "view column 'fdbzap_nosuchcell' is not a column of table 'fdbzap_requests'")]
        [InlineData("COL003", "shows 'fdbzap_nosuchfield', which is not a column of table 'fdbzap_requests'")]
        [InlineData("ROLE001", "privilege 'prvReadfdbzap_nosuchtable' names table 'fdbzap_nosuchtable'")]
        [InlineData("XML001", "malformed XAML")]
        public void Check_BrokenVariant_AddsExactlyThatFinding(string rule, string message)
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found (set DATAVERSE_SCHEMAS or provide ../shared/schemas)");
            var package = fixture.NewPackage();
            Break(rule, package);

            var added = fixture.Added(package);

            Assert.NotEmpty(added);
            Assert.All(added, f => Assert.Equal(rule, f.Rule));
            Assert.Contains(added, f => f.Message.Contains(message, StringComparison.Ordinal));
            Assert.All(added, f => Assert.False(string.IsNullOrWhiteSpace(f.Fix)));
        }

        [SkippableFact]
        public void Check_DashboardFormBroken_ReportsFormRuleOnce()
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var package = fixture.NewPackage();
            Dashboard(package).Element("FormXml")!.Element("forms")!.Element("form")!.Add(new XElement("bogus"));

            var added = fixture.Added(package);

            // customizations.xml types the dashboard form too; the error is reported once, by the form rule.
            var finding = Assert.Single(added);
            Assert.Equal("XSD003", finding.Rule);
            Assert.Contains("invalid child element 'bogus'", finding.Message, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void Check_AsynchronousPreOperationStep_ReportsStageRuleAndRegistrationRule()
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var package = fixture.NewPackage();
            Step(package, "60f455a2-a148-e811-a94d-000d3a3ac063").Element("Mode")!.Value = "1";

            var added = fixture.Added(package);

            Assert.Equal(new[] { "STEP004", "STEP007" }, added.Select(f => f.Rule).OrderBy(r => r, StringComparer.Ordinal));
            Assert.Contains("only PostOperation (40) may run asynchronously", added[0].Message, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void Check_UnsignedNetCoreDll_ReportsSigningFrameworkReferencesAndTypes()
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var package = fixture.NewPackage();
            var assembly = package.Customizations.Root!.Element("SolutionPluginAssemblies")!.Element("PluginAssembly")!;
            var parts = (IDictionary<string, byte[]>)package.Parts;
            parts[assembly.Element("FileName")!.Value.TrimStart('/')] = System.IO.File.ReadAllBytes(typeof(SolutionCheckerRuleTests).Assembly.Location);
            assembly.SetAttributeValue("FullName", typeof(SolutionCheckerRuleTests).Assembly.FullName);

            var added = fixture.Added(package);

            // EXP004 too: the new FullName no longer matches the file name the DLL is stored under.
            Assert.Equal(new[] { "ASM002", "ASM003", "ASM004", "ASM005", "EXP004" }, added.Select(f => f.Rule).Distinct().OrderBy(r => r, StringComparer.Ordinal));
            Assert.Contains(added, f => f.Rule == "ASM003" && f.Message.Contains("Dataverse runs .NET Framework 4.6.2", StringComparison.Ordinal));
            Assert.Contains(added, f => f.Rule == "ASM004" && f.Message.Contains("references xunit", StringComparison.Ordinal));
        }

        private static void Break(string rule, SolutionPackage package)
        {
            var root = package.Customizations.Root!;
            var manifest = package.Manifest!;
            var roots = manifest.Element("RootComponents")!;
            switch (rule)
            {
                case "XSD001": Table(package, "fdbzap_requests").Element("EntityInfo")!.Element("entity")!.Element("attributes")!.Element("attribute")!.AddFirst(new XElement("Bogus")); break;
                case "XSD002": Chart(package).Descendants("fetch").Single().SetAttributeValue("mapping", "bogus"); break;
                case "XSD004": Chart(package).Descendants("datadefinition").Single().Add(new XElement("bogus")); break;
                case "MAN001": manifest.Element("UniqueName")!.Value = "Bad Name"; break;
                case "MAN002": manifest.Element("Version")!.Value = "1.0"; break;
                case "MAN003": manifest.Element("Publisher")!.Element("CustomizationPrefix")!.Value = "waytoolongprefix"; break;
                case "MAN004": manifest.Element("Publisher")!.Element("CustomizationOptionValuePrefix")!.Value = "5000"; break;
                case "MAN005":
                    root.Element("optionsets")!.Add(XElement.Parse("<optionset Name='contoso_color'><OptionSetType>picklist</OptionSetType><IsGlobal>1</IsGlobal><options><option value='741210000'><labels><label description='Red' languagecode='1033' /></labels></option></options></optionset>"));
                    AddRoot(roots, XElement.Parse("<RootComponent type='9' schemaName='contoso_color' behavior='0' />"));
                    break;
                case "MAN006": manifest.Element("Managed")!.Value = "2"; break;
                case "ROOT001": roots.Add(XElement.Parse("<RootComponent type='999' schemaName='x' behavior='0' />")); break;
                case "ROOT003": roots.Elements().First().SetAttributeValue("behavior", "7"); break;
                case "ROOT004": AddRoot(roots, XElement.Parse("<RootComponent type='20' id='{0f0f0f0f-0000-4000-8000-000000000001}' behavior='0' />")); break;
                case "ROOT005": roots.Elements().Single(r => r.Attribute("id")?.Value == "{285735db-c8f7-e711-a955-000d3a34a1bd}").Remove(); break;
                case "OPT001": root.Element("optionsets")!.Elements("optionset").Single(o => o.Attribute("Name")!.Value == "fdbzap_sentiments").Descendants("option").First().SetAttributeValue("value", "123"); break;
                case "BPF001": Table(package, "fdbzap_bpf_request").Descendants("IsBPFEntity").Single().Value = "0"; break;
                case "BPF002": EditXaml(package, x => x.Root!.SetAttributeValue(X + "Class", "XrmWorkflowWrong")); break;
                case "BPF003": EditXaml(package, x => StageKey(x, "NextStageId").First().Value = "0f0f0f0f-0000-4000-8000-000000000002"); break;
                case "BPF004": Workflow(package).Element("labels")!.Elements("steplabels").Single(l => l.Attribute("id")!.Value == "{d1a4af4a-857b-403d-86a7-e54b343ad34a}").Remove(); break;
                case "BPF005": EditXaml(package, x => StageKey(x, "StageCategory").First().Value = "9"); break;
                case "BPF006": EditXaml(package, x => x.Descendants().First(e => e.Name.LocalName == "Control").SetAttributeValue("DataFieldName", "fdbzap_nosuchfield")); break;
                case "STEP001": Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("SdkMessageId")!.Value = "{0f0f0f0f-0000-4000-8000-000000000003}"; break;
                case "STEP002": Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("Stage")!.Value = "30"; break;
                case "STEP003": Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("Mode")!.Value = "5"; break;
                case "STEP005":
                    Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("PluginTypeId")!.Value = "0f0f0f0f-0000-4000-8000-000000000004";
                    Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("PluginTypeName")!.Value = "Nope.Type, Nope";
                    break;
                case "STEP006": Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("PrimaryEntity")!.Value = "nosuchtable"; break;
                case "STEP007":
                    Step(package, "b3a632a7-a148-e811-a94d-000d3a3669fe").Element("SdkMessageProcessingStepImages")!.Add(XElement.Parse(
                        "<SdkMessageProcessingStepImage Name='pre'><EntityAlias>pre</EntityAlias><ImageType>0</ImageType><MessagePropertyName>Id</MessagePropertyName></SdkMessageProcessingStepImage>"));
                    break;
                case "STEP008": Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("FilteringAttributes")!.Value = "statuscode,fdbzap_nosuchcolumn"; break;
                case "COL001": Table(package, "fdbzap_requests").Descendants("fetch").First().Element("entity")!.Add(XElement.Parse("<filter type='and'><condition attribute='fdbzap_nosuchcolumn' operator='null' /></filter>")); break;
                case "COL002": Table(package, "fdbzap_requests").Descendants("layoutxml").First().Descendants("row").First().Add(XElement.Parse("<cell name='fdbzap_nosuchcell' width='100' />")); break;
                case "COL003": Table(package, "fdbzap_requests").Descendants("systemform").First().Descendants("control").First(c => c.Attribute("datafieldname") is not null).SetAttributeValue("datafieldname", "fdbzap_nosuchfield"); break;
                case "ROLE001": root.Element("Roles")!.Element("Role")!.Element("RolePrivileges")!.Add(XElement.Parse("<RolePrivilege name='prvReadfdbzap_nosuchtable' level='Global' />")); break;
                case "XML001": ((IDictionary<string, byte[]>)package.Parts)[XamlPath] = Encoding.UTF8.GetBytes("<Activity x:Class='broken'"); break;
                default: throw new ArgumentOutOfRangeException(nameof(rule), rule, "no variant for this rule");
            }
        }

        /// <summary>Adds a root component where exports put it (sorted by type), so only the rule under test fires.</summary>
        private static void AddRoot(XElement roots, XElement root)
        {
            var type = int.Parse(root.Attribute("type")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            var next = roots.Elements().FirstOrDefault(r => int.Parse(r.Attribute("type")!.Value, System.Globalization.CultureInfo.InvariantCulture) > type);
            if (next is null)
            {
                roots.Add(root);
            }
            else
            {
                next.AddBeforeSelf(root);
            }
        }

        private static XElement Chart(SolutionPackage package) => Table(package, "contact").Element("Visualizations")!.Element("visualization")!;

        private static XElement Dashboard(SolutionPackage package) => package.Customizations.Root!.Element("Dashboards")!.Element("Dashboard")!;

        private static XElement Table(SolutionPackage package, string name) =>
            package.Customizations.Root!.Element("Entities")!.Elements("Entity").Single(e => string.Equals(e.Element("Name")!.Value, name, StringComparison.OrdinalIgnoreCase));

        private static XElement Workflow(SolutionPackage package) =>
            package.Customizations.Root!.Element("Workflows")!.Elements("Workflow").Single(w => w.Attribute("WorkflowId")!.Value == "{2be11487-072a-4692-8383-89b98c828c3b}");

        private static XElement Step(SolutionPackage package, string id) =>
            package.Customizations.Root!.Element("SdkMessageProcessingSteps")!.Elements().Single(s => s.Attribute("SdkMessageProcessingStepId")!.Value == "{" + id + "}");

        private static IEnumerable<XElement> StageKey(XDocument xaml, string key) => xaml.Descendants().Where(e => e.Attribute(X + "Key")?.Value == key);

        private static void EditXaml(SolutionPackage package, Action<XDocument> edit)
        {
            var parts = (IDictionary<string, byte[]>)package.Parts;
            var xaml = XDocument.Parse(Encoding.UTF8.GetString(parts[XamlPath]).TrimStart('\uFEFF'));
            edit(xaml);
            parts[XamlPath] = Encoding.UTF8.GetBytes(xaml.ToString());
        }
    }
}
