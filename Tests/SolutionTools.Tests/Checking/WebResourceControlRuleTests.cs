using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Checking;
using DataverseFunnel.SolutionTools.Checking.Rules;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Tests.Checking
{
    /// <summary>WEB001 on our packed solution (the poster page on the Bowtie dashboard), on broken variants, and on the real exports.</summary>
    public class WebResourceControlRuleTests : IClassFixture<ExportShapeRuleTests.OurPackage>
    {
        private const string Poster = "bowtie_/poster/poster.html";
        private readonly ExportShapeRuleTests.OurPackage ours;

        public WebResourceControlRuleTests(ExportShapeRuleTests.OurPackage ours) => this.ours = ours;

        public static IEnumerable<object[]> Corpus() => RealExportCorpus.Items().Select(i => new object[] { i });

        [Fact]
        public void OurDashboard_ShowsAWebResourceOfTheSolution()
        {
            var package = ours.NewPackage();

            Assert.Contains(Controls(package), c => c.Element("parameters")!.Element("Url")!.Value == Poster);
            Assert.Empty(Findings(package));
        }

        [Fact]
        public void AControlShowingAWebResourceTheSolutionLacks_IsReported()
        {
            var package = ours.NewPackage();
            Controls(package).Single().Element("parameters")!.Element("Url")!.Value = "bowtie_/poster/missing.html";

            var finding = Assert.Single(Findings(package));

            Assert.Equal("WEB001", finding.Rule);
            Assert.Contains("'bowtie_/poster/missing.html', which is neither in this solution nor a missing dependency", finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void AControlWithAnotherWebResourceId_IsReported_AndAMissingDependencyIsNot()
        {
            var package = ours.NewPackage();
            Controls(package).Single().Element("parameters")!.Element("WebResourceId")!.Value = "{00000000-0000-0000-0000-0000000000aa}";
            var elsewhere = ours.NewPackage();
            Controls(elsewhere).Single().Element("parameters")!.Element("Url")!.Value = "$webresource:msdyn_/shared.html";
            elsewhere.Manifest!.Element("MissingDependencies")!.Add(new XElement("MissingDependency",
                new XElement("Required", new XAttribute("type", "61"), new XAttribute("schemaName", "msdyn_/shared.html"), new XAttribute("solution", "Shared (1.0)"))));

            var finding = Assert.Single(Findings(package));

            Assert.Contains("WebResourceId {00000000-0000-0000-0000-0000000000aa}, but that web resource's id is {bea9a867-01ef-45a1-95cf-f091c24a258d}", finding.Message, StringComparison.Ordinal);
            Assert.Empty(Findings(elsewhere));
        }

        [Theory]
        [MemberData(nameof(Corpus))]
        public void RealExports_FindNothing(string item)
        {
            var findings = Findings(RealExportCorpus.Load(item));

            Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        }

        private static List<XElement> Controls(SolutionPackage package) =>
            package.Customizations.Root!.Descendants("control").Where(c => (string?)c.Attribute("classid") == "{9FDF5F91-88B1-47f4-AD53-C11EFC01A01D}").ToList();

        private static IReadOnlyList<Diagnostic> Findings(SolutionPackage package)
        {
            var context = new CheckContext(package, string.Empty, zip: null);
            WebResourceControlRules.Check(context);
            return context.Findings;
        }
    }
}
