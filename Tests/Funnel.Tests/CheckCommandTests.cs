using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace DataverseFunnel.Funnel.Tests
{
    /// <summary><c>funnel check</c> end to end: exit 0 clean, 1 findings (one line each), 2 bad usage.</summary>
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
        public void Check_ExportWithNewerElements_ExitsOneWithOneLinePerFinding()
        {
            Skip.If(Schemas is null, "Dataverse 9.0.0.2090 schemas not found (set DATAVERSE_SCHEMAS or provide ../shared/schemas)");
            var zip = PackDynReqMgmt();

            var (exit, output, _) = Cli.Run("check", zip, "--schemas", Schemas!);

            Assert.Equal(1, exit);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(lines, l => l.StartsWith("customizations.xml: line ", StringComparison.Ordinal) && l.Contains(": XSD001: ", StringComparison.Ordinal) && l.Contains("AutoNumberFormat", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains(": STEP001: ", StringComparison.Ordinal));
            Assert.All(lines, l => Assert.Contains(" Fix: ", l, StringComparison.Ordinal));
        }

        [SkippableFact]
        public void Check_Json_WritesFindingsArray()
        {
            Skip.If(Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var zip = PackDynReqMgmt();

            var (exit, output, _) = Cli.Run("check", zip, "--schemas", Schemas!, "--json");

            Assert.Equal(1, exit);
            using var json = JsonDocument.Parse(output);
            var first = json.RootElement.EnumerateArray().First();
            Assert.Equal("customizations.xml", first.GetProperty("file").GetString());
            Assert.Equal("XSD001", first.GetProperty("rule").GetString());
            Assert.False(string.IsNullOrEmpty(first.GetProperty("fix").GetString()));
        }

        [SkippableFact]
        public void Check_OurSolution_IsClean()
        {
            Skip.If(Schemas is null, "Dataverse 9.0.0.2090 schemas not found");
            var (packExit, packOutput, packError) = Cli.Run("pack", "--folder", Path.Combine(Cli.RepositoryRoot(), "Solution"), "--out", folder);
            Assert.True(packExit == 0, packError);
            var zip = packOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd();

            var (exit, output, error) = Cli.Run("check", zip, "--schemas", Schemas!);

            Assert.True(exit == 0, output);
            Assert.Contains("clean", error, StringComparison.Ordinal);
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
