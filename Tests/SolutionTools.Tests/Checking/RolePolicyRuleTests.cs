using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Checking;
using DataverseFunnel.SolutionTools.Checking.Rules;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Tests.Checking
{
    /// <summary>
    /// ROLE002: our roles against our declared policy (Solution/RolePolicy.xml) are clean; each broken variant — a role
    /// privilege wider than the policy, or one it does not cover — is flagged with the policy line and its reason.
    /// </summary>
    public class RolePolicyRuleTests
    {
        private static readonly string PolicyFile = Path.Combine(TestPaths.OurSolutionFolder, RolePolicy.FileName);

        [Fact]
        public void OurRoles_WithinOurPolicy()
        {
            Assert.Empty(Check(OurCustomizations()));
        }

        [Theory]
        [InlineData("Revenue operations admin", "prvDeletebowtie_journey", "Global", "allows at most None: only a system administrator deletes a journey")]
        [InlineData("Bowtie contributor", "prvReadbowtie_stagetransition", "Global", "allows at most Local: history is read where its journey is")]
        [InlineData("Bowtie contributor", "prvWritebowtie_journey", "Deep", "allows at most Local: sellers work within their business unit")]
        [InlineData("Bowtie contributor", "prvCreatebowtie_stagetransition", "Basic", "allows at most None")]
        [InlineData("Bowtie contributor", "prvWritebowtie_vocabularyterm", "Global", "allows at most None: revenue operations tunes the vocabulary")]
        public void WiderThanThePolicy_Flagged(string role, string privilege, string level, string expected)
        {
            var customizations = OurCustomizations();
            Grant(customizations, role, privilege, level);

            var finding = Assert.Single(Check(customizations));

            Assert.Equal("ROLE002", finding.Rule);
            Assert.Equal(Severity.Error, finding.Severity);
            Assert.Contains($"role '{role}' grants '{privilege}' at {level}", finding.Message, StringComparison.Ordinal);
            Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
            Assert.Contains("RolePolicy.xml line ", finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void NarrowerThanThePolicy_Passes()
        {
            var customizations = OurCustomizations();
            Grant(customizations, "Revenue operations admin", "prvReadbowtie_journey", "Local");

            Assert.Empty(Check(customizations));
        }

        [Fact]
        public void PrivilegeThePolicyDoesNotCover_Flagged()
        {
            var policy = Policy("<RolePolicy><Limit role='Bowtie contributor' privilege='*' max='Global' /></RolePolicy>");

            var findings = Check(OurCustomizations(), policy);

            Assert.NotEmpty(findings);
            Assert.All(findings, f => Assert.Contains("declares no limit for it", f.Message, StringComparison.Ordinal));
            Assert.All(findings, f => Assert.Contains("role 'Revenue operations admin'", f.Message, StringComparison.Ordinal));
        }

        [Fact]
        public void FirstMatchWins()
        {
            var policy = Policy("<RolePolicy><Limit role='*' privilege='prvReadbowtie_journey' max='Basic' why='narrow first' />" +
                                "<Limit role='*' privilege='*' max='Global' /></RolePolicy>");

            var findings = Check(OurCustomizations(), policy);

            Assert.Equal(2, findings.Count); // both roles read journeys wider than Basic
            Assert.All(findings, f => Assert.Contains("'prvReadbowtie_journey'", f.Message, StringComparison.Ordinal));
            Assert.All(findings, f => Assert.Contains("allows at most Basic: narrow first", f.Message, StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("<Policy />", "the root element must be <RolePolicy>")]
        [InlineData("<RolePolicy><Limit role='*' privilege='*' max='Everything' /></RolePolicy>", "max 'Everything' is not a depth")]
        [InlineData("<RolePolicy><Limit privilege='*' max='Local' /></RolePolicy>", "needs a role attribute")]
        [InlineData("<RolePolicy><Allow role='*' privilege='*' max='Local' /></RolePolicy>", "unknown element <Allow>")]
        [InlineData("<RolePolicy><Limit", "role policy")]
        public void BadPolicy_IsAUsageError(string xml, string expected)
        {
            var error = Assert.Throws<CheckUsageException>(() => Policy(xml));

            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void SolutionChecker_ReadsAFoldersOwnPolicy_AndTheOptionForAZip()
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found (set DATAVERSE_SCHEMAS or provide ../shared/schemas)");
            // A folder in the SolutionPackager layout whose roles break its own RolePolicy.xml: flagged with no option.
            var folder = TestPaths.NewTempFolder();
            TestPaths.CopyDirectory(TestPaths.OurSolutionFolder, folder);
            var role = Path.Combine(folder, "Roles", "Revenue operations admin.xml");
            File.WriteAllText(role, File.ReadAllText(role).Replace("</RolePrivileges>", "  <RolePrivilege name=\"prvDeletebowtie_journey\" level=\"Global\" />\n  </RolePrivileges>", StringComparison.Ordinal));
            var schemas = TestPaths.Schemas!;

            var findings = SolutionChecker.Check(folder, new CheckOptions { SchemasDirectory = schemas, Pack = new PackOptions() });
            var zip = SolutionPacker.PackToDirectory(folder, TestPaths.NewTempFolder(), new PackOptions());
            var zipWithout = SolutionChecker.Check(zip, new CheckOptions { SchemasDirectory = schemas });
            var zipWith = SolutionChecker.Check(zip, new CheckOptions { SchemasDirectory = schemas, RolePolicyFile = Path.Combine(folder, RolePolicy.FileName) });

            Assert.Single(findings, f => f.Rule == "ROLE002" && f.Message.Contains("prvDeletebowtie_journey", StringComparison.Ordinal));
            Assert.DoesNotContain(zipWithout, f => f.Rule == "ROLE002");
            Assert.Single(zipWith, f => f.Rule == "ROLE002");
        }

        private static XDocument OurCustomizations()
        {
            var roles = new XElement("Roles", Directory.GetFiles(Path.Combine(TestPaths.OurSolutionFolder, "Roles"), "*.xml")
                .OrderBy(f => f, StringComparer.Ordinal).Select(f => XDocument.Load(f).Root!));
            return new XDocument(new XElement("ImportExportXml", roles));
        }

        private static void Grant(XDocument customizations, string role, string privilege, string level)
        {
            var privileges = customizations.Root!.Elements("Roles").Elements("Role").Single(r => (string?)r.Attribute("name") == role).Element("RolePrivileges")!;
            privileges.Elements("RolePrivilege").Where(p => (string?)p.Attribute("name") == privilege).Remove();
            privileges.Add(new XElement("RolePrivilege", new XAttribute("name", privilege), new XAttribute("level", level)));
        }

        private static RolePolicy Policy(string xml)
        {
            var path = Path.Combine(TestPaths.NewTempFolder(), RolePolicy.FileName);
            File.WriteAllText(path, xml);
            return RolePolicy.Load(path);
        }

        private static System.Collections.Generic.IReadOnlyList<Diagnostic> Check(XDocument customizations, RolePolicy? policy = null)
        {
            var solution = XDocument.Parse("<ImportExportXml><SolutionManifest><UniqueName>T</UniqueName></SolutionManifest></ImportExportXml>");
            var package = new SolutionPackage(solution, customizations, new System.Collections.Generic.SortedDictionary<string, byte[]>(StringComparer.Ordinal));
            var context = new CheckContext(package, string.Empty, zip: null) { RolePolicy = policy ?? RolePolicy.Load(PolicyFile) };
            RolePolicyRules.Check(context);
            return context.Findings;
        }
    }
}
