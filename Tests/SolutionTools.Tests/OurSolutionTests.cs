using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using DataverseFunnel.Registration;
using DataverseFunnel.SolutionTools.Checking;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Plugins;
using DataverseFunnel.SolutionTools.Tests.Plugins;

namespace DataverseFunnel.SolutionTools.Tests
{
    /// <summary>
    /// Our own Solution/: packed the way <c>funnel pack</c> does (plugin components generated from the Release net462
    /// build), checked with zero findings, and read back — the steps in the zip are the plugin attributes.
    /// </summary>
    public class OurSolutionTests
    {
        /// <summary>Our zip passes <c>funnel check --strict</c>: no error and no warning (CI runs exactly that).</summary>
        [SkippableFact]
        public void PackAndCheck_OurSolution_PassesStrict()
        {
            Skip.If(TestPaths.Schemas is null, "Dataverse 9.0.0.2090 schemas not found (set DATAVERSE_SCHEMAS or provide ../shared/schemas)");
            var package = SolutionPacker.Pack(TestPaths.OurSolutionFolder, new PackOptions { Log = Console.Error });

            var findings = SolutionChecker.CheckPackage(package, TestPaths.Schemas!);

            var failing = findings.Where(f => f.Severity is Severity.Error or Severity.Warning).ToList();
            Assert.True(failing.Count == 0, string.Join(Environment.NewLine, failing));
            Assert.Equal("DataverseFunnel_1_0_0_0.zip", package.ZipFileName);
        }

        [Fact]
        public void Pack_OurSolution_ShipsThePluginAttributesAsSteps()
        {
            var output = TestPaths.NewTempFolder();
            var zip = SolutionPacker.PackToDirectory(TestPaths.OurSolutionFolder, output, new PackOptions { Log = Console.Error });
            var dll = Path.Combine(TestPaths.RepositoryRoot, PluginLocator.RelativeDll);
            var expected = PluginAssemblyReader.Read(dll);

            var shipped = PackedStepReader.FromZip(zip);

            Assert.Equal(expected.Steps.Count, shipped.Count);
            foreach (var (want, got) in expected.Steps.OrderBy(s => s.Id).Zip(shipped.OrderBy(s => s.Id)))
            {
                PackedStepReaderTests.AssertSame(want, got);
            }

            using var archive = ZipFile.OpenRead(zip);
            var entry = archive.GetEntry("PluginAssemblies/DataverseFunnelPlugins-8DDF5EDA-6045-454E-8377-B8B711D162D3/DataverseFunnelPlugins.dll")!;
            using var bytes = new MemoryStream();
            entry.Open().CopyTo(bytes);
            Assert.Equal(File.ReadAllBytes(dll), bytes.ToArray());
            var solution = System.Xml.Linq.XDocument.Load(archive.GetEntry("solution.xml")!.Open());
            var roots = solution.Descendants("RootComponent").ToList();
            Assert.Contains(roots, r => r.Attribute("type")!.Value == "91" && r.Attribute("id")!.Value == "{8ddf5eda-6045-454e-8377-b8b711d162d3}");
            Assert.Equal(expected.Steps.Count, roots.Count(r => r.Attribute("type")!.Value == "92"));
        }
    }
}
