using System;
using System.IO;
using System.Linq;
using DataverseFunnel.SolutionTools.Checking;

namespace DataverseFunnel.SolutionTools.Tests.Checking
{
    public class SolutionCheckerUsageTests
    {
        [Fact]
        public void Check_MissingPath_IsUsageError()
        {
            var error = Assert.Throws<CheckUsageException>(() => SolutionChecker.Check("/nonexistent/solution.zip", new CheckOptions()));

            Assert.Contains("no such zip or folder", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Check_SchemasFolderWithoutSchemas_IsUsageErrorNamingTheFolder()
        {
            var empty = TestPaths.NewTempFolder();

            var error = Assert.Throws<CheckUsageException>(() => SolutionChecker.Check(TestPaths.DynReqMgmtPackage, new CheckOptions { SchemasDirectory = empty }));

            Assert.Contains(empty, error.Message, StringComparison.Ordinal);
            Assert.Contains("CustomizationsSolution.xsd", error.Message, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void Check_FolderThatCannotBePacked_ReportsEveryPackProblem()
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            using var copy = new DynReqMgmtCopy();

            var findings = SolutionChecker.Check(copy.Folder, new CheckOptions { SchemasDirectory = TestPaths.Schemas });

            Assert.Equal(64, findings.Count);
            Assert.All(findings, f => Assert.Equal("PACK001", f.Rule));
            Assert.Contains(findings, f => f.File == "WebResources/fdbzap_/common/tools.js");
        }

        [SkippableFact]
        public void Check_Folder_LocatesFindingsInTheSourceFileAndLine()
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            using var copy = new DynReqMgmtCopy();
            copy.WritePlaceholders();
            var entityFile = Path.Combine(copy.Folder, "Entities", "Contact", "Entity.xml");
            var lines = File.ReadAllLines(entityFile).ToList();
            var drift = lines.FindIndex(l => l.Contains("<AutoNumberFormat", StringComparison.Ordinal));
            lines.Insert(drift + 1, "<Bogus />");
            File.WriteAllLines(entityFile, lines);

            var findings = SolutionChecker.Check(copy.Folder, new CheckOptions { SchemasDirectory = TestPaths.Schemas });

            // The export's AutoNumberFormat (newer than the 9.0 schema) is accepted drift; the element after it is not,
            // and is reported in Entity.xml, at its line, where a person would fix it.
            var error = Assert.Single(findings, f => f.Rule == "XSD001");
            Assert.Equal("Entities/Contact/Entity.xml", error.File);
            Assert.StartsWith($"line {drift + 2}, ", error.Location, StringComparison.Ordinal);
            Assert.Contains("'Bogus'", error.Message, StringComparison.Ordinal);
            Assert.Contains(findings, f => f.Rule == "XSD005" && f.Severity == Severity.Info && f.Message.Contains("AutoNumberFormat", StringComparison.Ordinal));
        }
    }
}
