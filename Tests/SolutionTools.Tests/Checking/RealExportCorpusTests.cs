using System;
using System.IO;
using System.Linq;
using DataverseFunnel.SolutionTools.Checking;

namespace DataverseFunnel.SolutionTools.Tests.Checking
{
    /// <summary>
    /// Every real export the project carries (Tests/Fixtures/RealExports: solutions Dataverse exported, which import fine)
    /// passes the checker with no error. The only errors allowed are the payloads the public sources do not include,
    /// named here one by one, which the checker rightly reports missing.
    /// </summary>
    public class RealExportCorpusTests
    {
        [SkippableTheory]
        [InlineData("ms-industry-accelerators/Dynamics365HigherEducationAccelerator_1_0_1_6_unmanaged.zip", null, "AutoNumberFormat")]
        [InlineData("ms-industry-accelerators/MicrosoftDynamics365NonprofitAccelerator_2_0_0_0_managed.zip", null, "@solutionaction")]
        [InlineData("ms-industry-accelerators/MicrosoftDynamics365VolunteerManagement_1_0_0_0_unmanaged.zip", null, "IsRetrieveAuditEnabled")]
        [InlineData("ms-changetracking-sample/extracted", null, null)]
        [InlineData("ms-columnlevelsecurity-sample/extracted", null, "CascadeArchive")]
        [InlineData("ms-issystemadmin-customapi/extracted", "PluginAssemblies/IsSystemAdminCustomAPI-F422A5E8-69FD-46FF-92AD-4B0526120859/IsSystemAdminCustomAPI.dll", null)]
        public void Check_RealExport_HasNoErrors(string item, string? absentPayload, string? driftSeen)
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found (set DATAVERSE_SCHEMAS or provide ../shared/schemas)");
            var path = Path.Combine(TestPaths.RealExports, item);

            var findings = SolutionChecker.Check(path, new CheckOptions { SchemasDirectory = TestPaths.Schemas });

            var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
            if (absentPayload is null)
            {
                Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
            }
            else
            {
                // The source kept the XML parts only: the plugin DLL the XML names is not there, and that is the one error.
                var error = Assert.Single(errors);
                Assert.Equal("ZIP004", error.Rule);
                Assert.Contains(absentPayload, error.Message, StringComparison.Ordinal);
            }

            if (driftSeen is not null)
            {
                Assert.Contains(findings, f => f.Rule == "XSD005" && f.Message.Contains(driftSeen, StringComparison.Ordinal));
            }
        }

        [SkippableFact]
        public void Check_DynReqMgmtFolder_HasNoErrorButThePluginDllItsRepositoryLacks()
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            using var copy = new DynReqMgmtCopy();
            var placeholders = copy.WritePlaceholders(); // the repository maps its web resources and DLL in from a build

            var findings = SolutionChecker.Check(copy.Folder, new CheckOptions { SchemasDirectory = TestPaths.Schemas });

            var errors = findings.Where(f => f.Severity == Severity.Error).ToList();
            var error = Assert.Single(errors);
            Assert.Equal("ASM001", error.Rule);
            Assert.Contains(placeholders.Single(p => p.EndsWith(".dll", StringComparison.Ordinal)), error.Message, StringComparison.Ordinal);
            Assert.Contains(findings, f => f.Rule == "XSD005" && f.Message.Contains("AutoNumberFormat", StringComparison.Ordinal));
            Assert.Contains(findings, f => f.Rule == "STEP009" && f.Severity == Severity.Info);
        }

        [Fact]
        public void RuleCatalog_UndeclaredRule_FailsLoudly()
        {
            var error = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => new Diagnostic("f", string.Empty, "NOPE001", "m", "x").Severity);

            Assert.Contains("NOPE001 is not declared in RuleCatalog", error.Message, StringComparison.Ordinal);
            Assert.Equal(Severity.Info, RuleCatalog.Get("XSD005").Severity);
        }
    }
}
