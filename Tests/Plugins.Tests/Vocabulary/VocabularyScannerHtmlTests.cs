using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;

namespace DataverseFunnel.Plugins.Tests.Vocabulary
{
    public class VocabularyScannerHtmlTests
    {
        private static readonly VocabularyScanner Rewriting = VocabularyScanner.Create(null, VocabularyAction.Rewrite);

        [Theory]
        [InlineData("<div class=\"win\">Our plan</div>")]
        [InlineData("<a href=\"/negotiation\" title='expand'>link</a>")]
        [InlineData("<p>Plan</p><!-- we won --><p>Next</p>")]
        [InlineData("<script>var win = 1;</script><p>fine</p>")]
        [InlineData("<style>.churn { color: red }</style>ok")]
        [InlineData("<img alt=\"closed won\">")]
        public void Scan_TermOnlyInMarkup_FindsNothing(string html)
        {
            Assert.Empty(VocabularyScanner.CreateDefault().Scan(html));
        }

        [Fact]
        public void Scan_TermInText_ReportsPositionInOriginal()
        {
            const string html = "<p class=\"win\">We <b>won</b> it</p>";
            var finding = Assert.Single(VocabularyScanner.CreateDefault().Scan(html));
            Assert.Equal("won", finding.Match);
            Assert.Equal(html.IndexOf(">won<", System.StringComparison.Ordinal) + 1, finding.Start);
        }

        [Fact]
        public void Scan_PhraseAcrossNbspEntity_MatchIncludesEntity()
        {
            const string html = "<p>Moved to closed&nbsp;won today</p>";
            var finding = Assert.Single(VocabularyScanner.CreateDefault().Scan(html));
            Assert.Equal("closed&nbsp;won", finding.Match);
            Assert.Equal(html.IndexOf("closed", System.StringComparison.Ordinal), finding.Start);
        }

        [Fact]
        public void Scan_EntityInsideWord_ReadsDecodedWord()
        {
            Assert.Equal("nego&shy;tiation", Assert.Single(VocabularyScanner.CreateDefault().Scan("<p>nego&shy;tiation</p>")).Match);
            Assert.Empty(VocabularyScanner.CreateDefault().Scan("<p>it won&rsquo;t</p>"));
            Assert.Empty(VocabularyScanner.CreateDefault().Scan("<p>na&iuml;vewin</p>"));
        }

        [Fact]
        public void Scan_BlockTagsEndSentence_CloseHasNoSalesContext()
        {
            Assert.Empty(VocabularyScanner.CreateDefault().Scan("<p>Please close it</p><p>Deal notes</p>"));
            Assert.Single(VocabularyScanner.CreateDefault().Scan("<p>Please close <b>the deal</b></p>"));
        }

        [Fact]
        public void Rewrite_Html_KeepsMarkupAndAttributes()
        {
            const string html = "<div class=\"win\" title=\"expansion\"><p>We <b>Won</b> the&nbsp;deal &amp; the expansion</p></div>";
            var rewritten = VocabularyScanner.Rewrite(html, Rewriting.Scan(html));
            Assert.Equal("<div class=\"win\" title=\"expansion\"><p>We <b>Committed</b> the&nbsp;deal &amp; the growth</p></div>", rewritten);
        }

        [Fact]
        public void Rewrite_PhraseDoesNotSpanTags_MarkupSurvives()
        {
            const string html = "<p><b>closed</b>-won deals</p>";
            var rewritten = VocabularyScanner.Rewrite(html, Rewriting.Scan(html));
            Assert.Equal("<p><b>committed</b>-committed deals</p>", rewritten);
        }

        [Fact]
        public void Rewrite_AdminPreferredWithAmpersand_IsEncodedInHtml()
        {
            var scanner = VocabularyScanner.Create(new[] { new VocabularyTerm("pitch", "give & take", "Both sides give.", VocabularyAction.Rewrite) });
            Assert.Equal("<p>our give &amp; take</p>", VocabularyScanner.Rewrite("<p>our pitch</p>", scanner.Scan("<p>our pitch</p>")));
            Assert.Equal("our give & take", VocabularyScanner.Rewrite("our pitch", scanner.Scan("our pitch")));
        }

        [Theory]
        [InlineData("3 < 4 and we won")]
        [InlineData("R&D won")]
        [InlineData("a <b and we won")]
        public void Scan_LooksLikeMarkupButIsText_StillFindsWord(string text)
        {
            var finding = Assert.Single(VocabularyScanner.CreateDefault().Scan(text));
            Assert.Equal(text.LastIndexOf("won", System.StringComparison.Ordinal), finding.Start);
        }

        [Fact]
        public void Scan_HtmlWithManyFindings_AllPositionsPointAtTheMatch()
        {
            const string html = "<ul><li>win</li><li>Negotiation &ndash; expanded</li><li>churned&#160;accounts</li></ul>";
            var findings = VocabularyScanner.CreateDefault().Scan(html);
            Assert.Equal(new[] { "win", "Negotiation", "expanded", "churned" }, findings.Select(f => f.Match).ToArray());
            Assert.All(findings, f => Assert.Equal(f.Match, html.Substring(f.Start, f.Length)));
        }

        [Theory]
        [InlineData("<p>We discussed the plan with the team. ", "</p>")]
        [InlineData("We discussed the plan with the team &amp; the sponsor. ", "")]
        [InlineData("We discussed the plan with the team &amp; the sponsor ", "")]
        public void Scan_OneMegabyteHtml_EveryFindingPointsAtItsMatch(string filler, string closing)
        {
            var builder = new System.Text.StringBuilder();
            var planted = 0;
            while (builder.Length < 1024 * 1024)
            {
                builder.Append(filler).Append("They negotiated&nbsp;hard. ").Append(closing);
                planted++;
            }

            var html = builder.ToString();
            var findings = VocabularyScanner.CreateDefault().Scan(html);
            Assert.Equal(planted, findings.Count);
            Assert.All(findings, f => Assert.Equal("negotiated", html.Substring(f.Start, f.Length)));
        }
    }
}
