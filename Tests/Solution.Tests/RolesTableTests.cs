using System.IO;
using System.Linq;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>The roles table in the READMEs is the role XML's, word for word; a changed privilege fails here until the table follows.</summary>
    public class RolesTableTests
    {
        [Fact]
        public void ReadmeRolesTables_MatchTheRoleXml()
        {
            var generated = RolesTable.Generate(ShippedSolution.Folder);
            var readmes = new[] { Path.Combine(ShippedSolution.Folder, "README.md"), Path.Combine(ShippedSolution.Root, "README.md") }
                .Select(p => (Path: p, Section: RolesTable.Section(File.ReadAllText(p))))
                .Where(r => r.Section != null)
                .ToList();

            Assert.Contains(readmes, r => r.Path.EndsWith(Path.Combine("Solution", "README.md"), System.StringComparison.Ordinal));
            Assert.All(readmes, r => Assert.True(r.Section == generated, $"{r.Path}: the roles table is out of date; replace it with:\n{generated}"));
        }

        [Fact]
        public void Generate_ShowsTheLeastPrivilegeDecisions()
        {
            var table = RolesTable.Generate(ShippedSolution.Folder).Split('\n');

            // Contributors: journeys at business unit with Assign, never Delete; history read where the journey is.
            Assert.Contains("| Bowtie contributor | Revenue journey (`bowtie_journey`) | business unit | business unit | business unit | — | business unit | business unit | business unit | — |", table);
            Assert.Contains("| Bowtie contributor | Stage transition (`bowtie_stagetransition`) | — | business unit | — | — | — | — | — | — |", table);
            // Revenue operations: everything on journeys across the organization except Delete.
            Assert.Contains("| Revenue operations admin | Revenue journey (`bowtie_journey`) | organization | organization | organization | — | organization | organization | organization | organization |", table);
        }
    }
}
