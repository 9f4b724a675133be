using System;
using System.IO;
using System.Linq;
using DataverseFunnel.Cli;

namespace DataverseFunnel.Funnel.Tests
{
    /// <summary><c>funnel pack</c> end to end through Program.Run, on the dyn-req-mgmt export (MIT) and on our Solution/.</summary>
    [Collection("Console")]
    public sealed class PackCommandTests : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), $"pack-cli-{Guid.NewGuid():N}");

        public PackCommandTests() => Directory.CreateDirectory(folder);

        public void Dispose() => Directory.Delete(folder, recursive: true);

        [Fact]
        public void Pack_FolderWithMissingPayloads_ExitsOneNamingEachMissingFile()
        {
            var source = CopyDynReqMgmt(folder);

            var (exit, output, error) = Cli.Run("pack", "--folder", source, "--out", Path.Combine(folder, "out"));

            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, output);
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(65, lines.Length); // 64 missing payloads, then the summary
            Assert.Contains(lines, l => l.StartsWith("PluginAssemblies/FedBizAppsRequestManagementPlugins-FDF355A2-A148-E811-A94D-000D3A3AC063/FedBizAppsRequestManagementPlugins.dll: missing file", StringComparison.Ordinal));
            Assert.Equal("funnel pack: 64 problem(s); nothing written", lines[^1].TrimEnd());
            Assert.False(Directory.Exists(Path.Combine(folder, "out")) && Directory.EnumerateFiles(Path.Combine(folder, "out")).Any());
        }

        [Fact]
        public void Pack_CompleteFolder_PrintsZipPathAsLastLine()
        {
            var source = CopyDynReqMgmt(folder);
            WritePlaceholders(source);
            var output = Path.Combine(folder, "out");

            var (exit, stdout, _) = Cli.Run("pack", "--folder", source, "--out", output);

            Assert.Equal(0, exit);
            var last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd();
            Assert.Equal(Path.Combine(output, "FedBizApps_RequestManagement_0_1_0_60.zip"), last);
            Assert.True(File.Exists(last));
        }

        [Fact]
        public void Pack_FolderThatDoesNotExist_IsBadUsage()
        {
            var (exit, _, error) = Cli.Run("pack", "--folder", Path.Combine(folder, "nope"));

            Assert.Equal(2, exit);
            Assert.Contains("folder not found", error, StringComparison.Ordinal);
        }

        internal static string CopyDynReqMgmt(string into)
        {
            var source = Path.Combine(Cli.RepositoryRoot(), "Tests", "Fixtures", "RealExports", "dyn-req-mgmt-unpacked", "SolutionPackage", "package");
            var target = Path.Combine(into, "package");
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
                File.SetAttributes(copy, FileAttributes.Normal);
            }

            return target;
        }

        /// <summary>A placeholder beside every web resource / plugin .data.xml that lacks its payload.</summary>
        internal static void WritePlaceholders(string package)
        {
            foreach (var data in Directory.EnumerateFiles(package, "*.data.xml", SearchOption.AllDirectories))
            {
                var payload = data[..^".data.xml".Length];
                if (!File.Exists(payload))
                {
                    File.WriteAllText(payload, "placeholder");
                }
            }
        }
    }
}
