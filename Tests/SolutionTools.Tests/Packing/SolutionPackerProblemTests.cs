using System;
using System.IO;
using System.Linq;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.SolutionTools.Tests.Packing
{
    /// <summary>The packer fails hard — and says everything that is wrong in one run.</summary>
    public class SolutionPackerProblemTests
    {
        [Fact]
        public void Pack_SeveralProblems_ReportsAllOfThemWithFileAndReason()
        {
            using var copy = new DynReqMgmtCopy();
            copy.WritePlaceholders();
            File.WriteAllText(Path.Combine(copy.Folder, "OptionSets", "fdbzap_sentiments.xml"), "<optionset Name='x'><options>");
            File.Delete(Path.Combine(copy.Folder, "Roles", "Approval User.xml"));
            Directory.CreateDirectory(Path.Combine(copy.Folder, "Reports"));
            var output = TestPaths.NewTempFolder();

            var error = Assert.Throws<PackException>(() => SolutionPacker.PackToDirectory(copy.Folder, output, new PackOptions()));

            Assert.Equal(
                new[]
                {
                    "OptionSets/fdbzap_sentiments.xml: malformed XML",
                    "Other/Solution.xml: root component type 20 '285735db-c8f7-e711-a955-000d3a34a1bd' has no definition in the folder (add its file or remove the root component)",
                    "Other/Solution.xml: root component type 9 'fdbzap_sentiments' has no definition in the folder (add its file or remove the root component)",
                    "Reports/: unsupported component folder",
                },
                error.Problems.Select(p => p.ToString()).Select(Head).OrderBy(p => p, StringComparer.Ordinal));
            Assert.Empty(Directory.GetFiles(output)); // nothing written when packing fails
        }

        [Fact]
        public void Pack_ManagedVariantFiles_AreIgnored()
        {
            using var copy = new DynReqMgmtCopy();
            copy.WritePlaceholders();
            var form = Directory.GetFiles(Path.Combine(copy.Folder, "Entities", "fdbzap_requests", "FormXml", "main")).Single();
            File.WriteAllText(form.Replace(".xml", "_managed.xml", StringComparison.Ordinal), "not even xml");

            var package = SolutionPacker.Pack(copy.Folder, new PackOptions());

            Assert.Equal(11, package.Customizations.Descendants("forms").Count(f => f.Attribute("type")!.Value == "main"));
        }

        [Fact]
        public void Pack_MissingFolder_ReportsIt()
        {
            var error = Assert.Throws<PackException>(() => SolutionPacker.Pack("/nonexistent/folder", new PackOptions()));

            Assert.Equal("/nonexistent/folder: folder not found", Assert.Single(error.Problems).ToString());
        }

        [Fact]
        public void Pack_FolderWithoutSolutionXml_IsOneProblemNamingTheFolder()
        {
            using var copy = new DynReqMgmtCopy();
            File.Delete(Path.Combine(copy.Folder, "Other", "Solution.xml"));

            var error = Assert.Throws<NotASolutionFolderException>(() => SolutionPacker.Pack(copy.Folder, new PackOptions()));

            Assert.Equal($"{copy.Folder} is not an unpacked solution: no Other/Solution.xml", error.Message);
            Assert.Equal("Other/Solution.xml", Assert.Single(error.Problems).File);
        }

        // Malformed-XML and folder reasons carry details (parser message, supported list); their fixed head is asserted.
        private static string Head(string problem) =>
            problem.Contains("malformed XML", StringComparison.Ordinal) ? problem[..(problem.IndexOf("malformed XML", StringComparison.Ordinal) + "malformed XML".Length)]
            : problem.Contains("unsupported component folder", StringComparison.Ordinal) ? problem[..(problem.IndexOf("unsupported component folder", StringComparison.Ordinal) + "unsupported component folder".Length)]
            : problem;
    }
}
