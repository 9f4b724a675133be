using System.Linq;
using System.Text;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;

namespace DataverseFunnel.Plugins.Tests.Vocabulary
{
    public class VocabularyScannerRewriteTests
    {
        private static readonly VocabularyScanner Rewriting = VocabularyScanner.Create(null, VocabularyAction.Rewrite);

        [Theory]
        [InlineData("We won the deal", "We committed the deal")]
        [InlineData("WIN RATE up, Win-Rate down", "COMMIT RATE up, Commit-Rate down")]
        [InlineData("Negotiating the expansion; churned twice.", "Trading the growth; off-boarded twice.")]
        [InlineData("Close the deal, then close the window.", "Commit the deal, then close the window.")]
        [InlineData("It has expanded. We expanded it.", "It has grown. We grew it.")]
        [InlineData("the win\u2019s impact", "the commit\u2019s impact")]
        [InlineData("nothing to change", "nothing to change")]
        public void Rewrite_DefaultLexicon_ReplacesKeepingCaseAndInflection(string text, string expected)
        {
            Assert.Equal(expected, VocabularyScanner.Rewrite(text, Rewriting.Scan(text)));
        }

        [Fact]
        public void Rewrite_OnlyGivenFindings_LeavesOthers()
        {
            const string text = "win and churn";
            var onlyChurn = Rewriting.Scan(text).Where(f => f.Term == "churn");
            Assert.Equal("win and off-board", VocabularyScanner.Rewrite(text, onlyChurn));
        }

        [Fact]
        public void Scan_OneMegabyteText_FindsEveryPlantedTerm()
        {
            var builder = new StringBuilder();
            var planted = 0;
            while (builder.Length < 1024 * 1024)
            {
                builder.Append("The team met the customer to review the plan and the onboarding steps. ");
                if (builder.Length % 7 == 0)
                {
                    builder.Append("They negotiated the renewal. ");
                    planted++;
                }
            }

            var text = builder.ToString();
            var findings = Rewriting.Scan(text);
            Assert.Equal(planted, findings.Count);
            Assert.All(findings, f => Assert.Equal("negotiated", text.Substring(f.Start, f.Length)));
            Assert.DoesNotContain("negotiated", VocabularyScanner.Rewrite(text, findings));
        }

        [Fact]
        public void Scan_SameScannerFromManyThreads_GivesSameFindings()
        {
            const string text = "We closed the deal, won the quarter and negotiated the expansion.";
            var expected = Rewriting.Scan(text).Select(f => f.ToString()).ToArray();
            var results = new string[8][];
            System.Threading.Tasks.Parallel.For(0, 8, i =>
            {
                for (var n = 0; n < 200; n++)
                {
                    results[i] = Rewriting.Scan(text).Select(f => f.ToString()).ToArray();
                }
            });
            Assert.All(results, r => Assert.Equal(expected, r));
        }
    }
}
