using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace DataverseFunnel.Funnel.Tests
{
    /// <summary><c>funnel check</c> end to end: exit 0 passes, 1 errors (or warnings with --strict), 2 bad usage; findings grouped by severity.</summary>
    [Collection("Console")]
    public sealed class CheckCommandTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), $"check-cli-{Guid.NewGuid():N}");

        public CheckCommandTests() => Directory.CreateDirectory(folder);

        private static string? Schemas
        {
            get
            {
                var fromEnvironment = Environment.GetEnvironmentVariable("DATAVERSE_SCHEMAS");
                var candidate = string.IsNullOrWhiteSpace(fromEnvironment)
                    ? Path.Combine(Cli.RepositoryRoot(), "..", "shared", "schemas", "dataverse-9.0.0.2090")
                    : fromEnvironment;
                return File.Exists(Path.Combine(candidate, "CustomizationsSolution.xsd")) ? candidate : null;
            }
        }

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Fact]
        public void Check_MissingPath_ExitsTwoWithOneLine()
        {
            var (exit, output, error) = Cli.Run("check", Path.Combine(folder, "missing.zip"));

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("no such zip or folder", error, StringComparison.Ordinal);
        }

        [Fact]
        public void Check_SchemasNotThere_ExitsTwo()
        {
            var (exit, _, error) = Cli.Run("check", folder, "--schemas", folder);

            Assert.Equal(2, exit);
            Assert.Contains("schemas not found", error, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void Check_ExportWithAPlaceholderDll_ExitsOneAndGroupsBySeverity()
        {
            Skip.If(Schemas is null, "Dataverse 9.0.0.2090 schemas not found (set DATAVERSE_SCHEMAS or provide ../shared/schemas)");
            var zip = PackDynReqMgmt();

            var (exit, output, error) = Cli.Run("check", zip, "--schemas", Schemas!);

            // The placeholder written for the DLL its repository lacks is the one error; the newer-than-schema
            // elements it exports (AutoNumberFormat…) and its custom-action messages are info.
            Assert.Equal(1, exit);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList();
            Assert.Equal("error (1):", lines[0]);
            Assert.Contains(": ASM001: ", lines[1], StringComparison.Ordinal);
            var info = lines.IndexOf(lines.Single(l => l.StartsWith("info (", StringComparison.Ordinal)));
            Assert.Contains(lines.Skip(info), l => l.Contains(": XSD005: ", StringComparison.Ordinal) && l.Contains("AutoNumberFormat", StringComparison.Ordinal));
            Assert.Contains(lines.Skip(info), l => l.Contains(": STEP009: ", StringComparison.Ordinal));
            Assert.All(lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal)), l => Assert.Contains(" Fix: ", l, StringComparison.Ordinal));
            Assert.Contains("fails: 1 error(s), 0 warning(s), ", error, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void Check_Json_CarriesTheSeverity()
        {
            Skip.If(Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var zip = PackDynReqMgmt();

            var (exit, output, _) = Cli.Run("check", zip, "--schemas", Schemas!, "--json");

            Assert.Equal(1, exit);
            using var json = JsonDocument.Parse(output);
            var findings = json.RootElement.EnumerateArray().ToList();
            var error = Assert.Single(findings, f => f.GetProperty("severity").GetString() == "error");
            Assert.Equal("ASM001", error.GetProperty("rule").GetString());
            Assert.False(string.IsNullOrEmpty(error.GetProperty("fix").GetString()));
            Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "XSD005" && f.GetProperty("severity").GetString() == "info");
        }

        /// <summary>A real export with warnings only (Microsoft's managed Nonprofit accelerator): passes, and fails only with --strict.</summary>
        [SkippableFact]
        public void Check_RealExportWithWarnings_PassesAndFailsOnlyWithStrict()
        {
            Skip.If(Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var zip = Path.Combine(Cli.RepositoryRoot(), "Tests", "Fixtures", "RealExports", "ms-industry-accelerators", "MicrosoftDynamics365NonprofitAccelerator_2_0_0_0_managed.zip");

            var (exit, output, error) = Cli.Run("check", zip, "--schemas", Schemas!);
            var (strictExit, _, strictError) = Cli.Run("check", zip, "--schemas", Schemas!, "--strict");

            Assert.True(exit == 0, error);
            Assert.Contains("passes: 0 error(s), ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("error (", output, StringComparison.Ordinal);
            Assert.StartsWith("warning (", output, StringComparison.Ordinal);
            Assert.Contains(": OPT001: ", output, StringComparison.Ordinal);
            Assert.Equal(1, strictExit);
            Assert.Contains("fails: 0 error(s), ", strictError, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void Check_OurSolution_PassesStrict()
        {
            Skip.If(Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var (packExit, packOutput, packError) = Cli.Run("pack", "--folder", Path.Combine(Cli.RepositoryRoot(), "Solution"), "--out", folder);
            Assert.True(packExit == 0, packError);
            var zip = packOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd();

            var (exit, output, error) = Cli.Run("check", zip, "--schemas", Schemas!, "--strict");

            Assert.True(exit == 0, output);
            Assert.Contains(": 0 error(s), 0 warning(s), ", error, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void Check_Upgrades_LaterVersionPassesEarlierVersionFails()
        {
            Skip.If(Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var solution = Path.Combine(Cli.RepositoryRoot(), "Solution");
            var (oldExit, oldOutput, oldError) = Cli.Run("pack", "--folder", solution, "--out", Path.Combine(folder, "old"));
            var (newExit, newOutput, newError) = Cli.Run("pack", "--folder", solution, "--out", Path.Combine(folder, "new"), "--version", "1.1.0.0");
            Assert.True(oldExit == 0 && newExit == 0, oldError + newError);
            var old = oldOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd();
            var next = newOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd();
            Assert.Equal("DataverseFunnel_1_1_0_0.zip", Path.GetFileName(next));

            var (upgradeExit, upgradeOutput, _) = Cli.Run("check", next, "--schemas", Schemas!, "--strict", "--upgrades", old);
            var (downgradeExit, downgradeOutput, _) = Cli.Run("check", old, "--schemas", Schemas!, "--upgrades", next);

            Assert.True(upgradeExit == 0, upgradeOutput);
            Assert.Equal(1, downgradeExit);
            Assert.Contains(": UPG002: version 1.0.0.0 is not higher than the earlier 1.1.0.0", downgradeOutput, StringComparison.Ordinal);
        }

        private string PackDynReqMgmt()
        {
            var source = PackCommandTests.CopyDynReqMgmt(folder);
            PackCommandTests.WritePlaceholders(source);
            var (exit, output, error) = Cli.Run("pack", "--folder", source, "--out", Path.Combine(folder, "out"));
            Assert.True(exit == 0, error);
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd();
        }
    }
}
