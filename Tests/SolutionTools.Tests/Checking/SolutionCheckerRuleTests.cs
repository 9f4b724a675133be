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
        [InlineData("XSD001", "has invalid child element 'Bogus'", Severity.Error)]
        [InlineData("XSD002", "The 'mapping' attribute is invalid", Severity.Error)]
        [InlineData("XSD004", "invalid child element 'bogus'", Severity.Error)]
        [InlineData("MAN001", "solution unique name 'Bad Name'", Severity.Error)]
        [InlineData("MAN002", "version '1.0' is not a.b.c.d", Severity.Error)]
        [InlineData("MAN003", "publisher prefix 'waytoolongprefix'", Severity.Error)]
        [InlineData("MAN004", "option value prefix '5000'", Severity.Error)]
        [InlineData("MAN005", "'contoso_color' does not start with the publisher prefix 'fdbzap_'", Severity.Warning)]
        [InlineData("MAN006", "<Managed> is '2'", Severity.Error)]
        [InlineData("ROOT001", "type '999' is not a documented component type", Severity.Error)]
        [InlineData("ROOT003", "behavior '7'", Severity.Error)]
        [InlineData("ROOT004", "type 20 '0f0f0f0f-0000-4000-8000-000000000001' has no definition", Severity.Error)]
        [InlineData("ROOT005", "type 20 '285735db-c8f7-e711-a955-000d3a34a1bd' is defined but not a root component", Severity.Warning)]
        [InlineData("ENV001", "environment variable 'fdbzap_missing' is a root component but the zip has no environmentvariabledefinitions/fdbzap_missing/", Severity.Error)]
        [InlineData("ENV002", "environment variable 'fdbzap_unrooted' is defined but not a root component", Severity.Warning)]
        [InlineData("ENV003", "the default value 'maybe' is not yes or no", Severity.Error)]
        [InlineData("OPT001", "option value '123' is not 74121 × 10000 + n", Severity.Warning)]
        [InlineData("BPF001", "has no backing table 'fdbzap_bpf_request' with IsBPFEntity=1", Severity.Error)]
        [InlineData("BPF002", "x:Class is 'XrmWorkflowWrong'", Severity.Error)]
        [InlineData("BPF003", "NextStageId 0f0f0f0f-0000-4000-8000-000000000002, which is no stage", Severity.Error)]
        [InlineData("BPF004", "LabelId d1a4af4a-857b-403d-86a7-e54b343ad34a has no <steplabels", Severity.Error)]
        [InlineData("BPF005", "StageCategory '9', not 0–7", Severity.Error)]
        [InlineData("BPF006", "step field 'fdbzap_nosuchfield' is not a column of table 'fdbzap_requests'", Severity.Error)]
        [InlineData("STEP002", "Stage '30'", Severity.Error)]
        [InlineData("STEP003", "Mode '5'", Severity.Error)]
        [InlineData("STEP005", "runs plugin type 'Nope.Type'", Severity.Error)]
        [InlineData("STEP006", "table 'fdbzap_nosuchtable', which carries the publisher's prefix but is not in the solution", Severity.Error)]
        [InlineData("STEP007", "asks for a pre-image on Create", Severity.Error)]
        [InlineData("STEP008", "names column 'fdbzap_nosuchcolumn' in <FilteringAttributes>, which table 'fdbzap_ar_action' does not have", Severity.Error)]
        [InlineData("COL001", "the query names 'fdbzap_nosuchcolumn', which is not a column of table 'fdbzap_requests'", Severity.Error)]
        [InlineData("COL002", "view column 'fdbzap_nosuchcell' is not a column of table 'fdbzap_requests'", Severity.Error)]
        [InlineData("COL003", "shows 'fdbzap_nosuchfield', which is not a column of table 'fdbzap_requests'", Severity.Error)]
        [InlineData("ROLE001", "privilege 'prvReadfdbzap_nosuchtable' names table 'fdbzap_nosuchtable'", Severity.Error)]
        [InlineData("XML001", "malformed XAML", Severity.Error)]
        public void Check_BrokenVariant_AddsExactlyThatFinding(string rule, string message, Severity severity)
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found (set DATAVERSE_SCHEMAS or provide ../shared/schemas)");
            var package = fixture.NewPackage();
            Break(rule, package);

            var added = fixture.Added(package);

            Assert.NotEmpty(added);
            Assert.All(added, f => Assert.Equal(rule, f.Rule));
            Assert.All(added, f => Assert.Equal(severity, f.Severity));
            Assert.Contains(added, f => f.Message.Contains(message, StringComparison.Ordinal));
            Assert.All(added, f => Assert.False(string.IsNullOrWhiteSpace(f.Fix)));
        }

        /// <summary>
        /// What the solution does not own, and what Dataverse writes beyond the 9.0.0.2090 schemas: info, never an error —
        /// while a drift element out of its place, or a real error beside an accepted one, stays an error.
        /// </summary>
        [SkippableTheory]
        [InlineData("STEP009", "STEP009", "which is not a standard SDK message this checker knows", Severity.Info)]
        [InlineData("REF001-step", "REF001", "table 'campaign' is not in this solution and not a core table", Severity.Info)]
        [InlineData("REF001-role", "REF001", "table 'contoso_thing' is not in this solution", Severity.Info)]
        [InlineData("REF002", "REF002", "column 'contoso_field' is not listed in the definition of table 'fdbzap_requests'", Severity.Info)]
        [InlineData("ROOT006", "ROOT006", "has no behavior attribute", Severity.Info)]
        [InlineData("ROOT007", "ROOT007", "the manifest lists it as required from OtherSolution (1.0.0.0)", Severity.Info)]
        [InlineData("XSD001-misplaced-drift", "XSD001", "The element 'entity' has invalid child element 'AutoNumberFormat'", Severity.Error)]
        [InlineData("XSD001-beside-drift", "XSD001", "has invalid child element 'Bogus'", Severity.Error)]
        [InlineData("XSD003-solutionaction-value", "XSD003", "solutionaction", Severity.Error)]
        [InlineData("XSD005-file-column", "XSD005", "accepted 1 × <Type>file</Type> in <attribute>", Severity.Info)]
        [InlineData("XSD001-unknown-type", "XSD001", "The value 'photo' is invalid", Severity.Error)]
        [InlineData("XSD005-managed-diff", "XSD005", "with @solutionaction and only the changed content", Severity.Info)]
        public void Check_ScopeAndDriftVariant_AddsThatFindingWithItsSeverity(string variant, string rule, string message, Severity severity)
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var package = fixture.NewPackage();
            Break(variant, package);

            var added = fixture.Added(package);

            Assert.NotEmpty(added);
            Assert.All(added, f => Assert.Equal((rule, severity), (f.Rule, f.Severity)));
            Assert.Contains(added, f => f.Message.Contains(message, StringComparison.Ordinal));
        }

        [SkippableFact]
        public void Check_MessageIdNotAGuid_ReportsStepRuleBesideTheSchema()
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var package = fixture.NewPackage();
            Break("STEP001", package);

            var added = fixture.Added(package);

            // The schema types SdkMessageId as a GUID too; STEP001 says what the value should be.
            Assert.Equal(new[] { "STEP001", "XSD001" }, added.Select(f => f.Rule).OrderBy(r => r, StringComparer.Ordinal));
            Assert.All(added, f => Assert.Equal(Severity.Error, f.Severity));
            Assert.Contains("SdkMessageId 'Update', which is not a message id (a GUID)", added.Single(f => f.Rule == "STEP001").Message, StringComparison.Ordinal);
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
                case "ENV001": AddRoot(roots, XElement.Parse("<RootComponent type='380' schemaName='fdbzap_missing' behavior='0' />")); break;
                case "ENV002": AddVariable(package, "fdbzap_unrooted", "100000000", "text"); break;
                case "ENV003":
                    AddVariable(package, "fdbzap_flag", "100000002", "maybe");
                    AddRoot(roots, XElement.Parse("<RootComponent type='380' schemaName='fdbzap_flag' behavior='0' />"));
                    break;
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
                case "STEP001": Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("SdkMessageId")!.Value = "Update"; break;
                case "STEP002": Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("Stage")!.Value = "30"; break;
                case "STEP003": Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("Mode")!.Value = "5"; break;
                case "STEP005":
                    Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("PluginTypeId")!.Value = "0f0f0f0f-0000-4000-8000-000000000004";
                    Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("PluginTypeName")!.Value = "Nope.Type, Nope";
                    break;
                case "STEP006": Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("PrimaryEntity")!.Value = "fdbzap_nosuchtable"; break;
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
                case "STEP009": Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("SdkMessageId")!.Value = "{0f0f0f0f-0000-4000-8000-000000000003}"; break;
                case "REF001-step": Step(package, "175b27a2-a148-e811-a94c-000d3a3acbf2").Element("PrimaryEntity")!.Value = "campaign"; break;
                case "REF001-role": root.Element("Roles")!.Element("Role")!.Element("RolePrivileges")!.Add(XElement.Parse("<RolePrivilege name='prvReadcontoso_thing' level='Global' />")); break;
                case "REF002": Table(package, "fdbzap_requests").Descendants("systemform").First().Descendants("control").First(c => c.Attribute("datafieldname") is not null).SetAttributeValue("datafieldname", "contoso_field"); break;
                case "ROOT006": roots.Elements().First().Attribute("behavior")!.Remove(); break;
                case "ROOT007":
                    AddRoot(roots, XElement.Parse("<RootComponent type='20' id='{0f0f0f0f-0000-4000-8000-000000000005}' behavior='0' />"));
                    MissingDependencies(manifest).Add(XElement.Parse(
                        "<MissingDependency><Required type='20' id='{0f0f0f0f-0000-4000-8000-000000000005}' solution='OtherSolution (1.0.0.0)' /><Dependent type='20' id='{0f0f0f0f-0000-4000-8000-000000000005}' /></MissingDependency>"));
                    break;
                case "XSD001-misplaced-drift": Table(package, "fdbzap_requests").Element("EntityInfo")!.Element("entity")!.Element("attributes")!.AddBeforeSelf(new XElement("AutoNumberFormat")); break;
                case "XSD001-beside-drift": Table(package, "fdbzap_requests").Descendants("AutoNumberFormat").First().AddAfterSelf(new XElement("Bogus")); break;
                case "XSD003-solutionaction-value": FirstTab(package).SetAttributeValue("solutionaction", "Renamed"); break;
                case "XSD005-file-column": FirstAttribute(package).Element("Type")!.Value = "file"; break;
                case "XSD001-unknown-type": FirstAttribute(package).Element("Type")!.Value = "photo"; break;
                case "XSD005-managed-diff":
                    FirstTab(package).SetAttributeValue("solutionaction", "Modified");
                    FirstTab(package).Elements("columns").Remove();
                    break;
                default: throw new ArgumentOutOfRangeException(nameof(rule), rule, "no variant for this rule");
            }
        }

        /// <summary>Adds a root component where exports put it (sorted by type), so only the rule under test fires.</summary>
        private static void AddVariable(SolutionPackage package, string name, string type, string defaultValue) =>
            ((IDictionary<string, byte[]>)package.Parts)[$"environmentvariabledefinitions/{name}/environmentvariabledefinition.xml"] = Encoding.UTF8.GetBytes(
                $"<environmentvariabledefinition schemaname=\"{name}\"><defaultvalue>{defaultValue}</defaultvalue><type>{type}</type></environmentvariabledefinition>");

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

        private static XElement FirstAttribute(SolutionPackage package) => Table(package, "fdbzap_requests").Descendants("attribute").First(a => a.Element("Type") is not null);

        private static XElement FirstTab(SolutionPackage package) => Table(package, "fdbzap_requests").Descendants("systemform").First().Descendants("tab").First();

        private static XElement MissingDependencies(XElement manifest)
        {
            if (manifest.Element("MissingDependencies") is null)
            {
                manifest.Add(new XElement("MissingDependencies"));
            }

            return manifest.Element("MissingDependencies")!;
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
