using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;

namespace DataverseFunnel.Plugins.Tests.Vocabulary
{
    public class VocabularyScannerTests
    {
        private static readonly VocabularyScanner Default = VocabularyScanner.CreateDefault();

        private static string[] Matches(string text) => Default.Scan(text).Select(f => f.Match).ToArray();

        [Theory]
        [InlineData("We win together", "win", "commit")]
        [InlineData("She wins every quarter", "wins", "commits")]
        [InlineData("a winning proposal", "winning", "committing")]
        [InlineData("We won the account", "won", "committed")]
        [InlineData("Our win rate is 20%", "win rate", "commit rate")]
        [InlineData("Our win-rate is 20%", "win-rate", "commit-rate")]
        [InlineData("Let's close the deal", "close", "commit")]
        [InlineData("He closes deals fast", "closes", "commits")]
        [InlineData("We closed three deals", "closed", "committed")]
        [InlineData("The deal is closing soon", "closing", "committing")]
        [InlineData("Move it to closed-won", "closed-won", "committed")]
        [InlineData("Move it to closed won", "closed won", "committed")]
        [InlineData("Move it to closed/won", "closed/won", "committed")]
        [InlineData("Mark it closed-lost", "closed-lost", "not committed")]
        [InlineData("The closing date moved", "closing date", "commit date")]
        [InlineData("Set a close date", "close date", "commit date")]
        [InlineData("Our close rate dropped", "close rate", "commit rate")]
        [InlineData("We negotiate on price", "negotiate", "trade")]
        [InlineData("The negotiation took weeks", "negotiation", "trade")]
        [InlineData("Still negotiating", "negotiating", "trading")]
        [InlineData("They negotiated hard", "negotiated", "traded")]
        [InlineData("Negotiations resume Monday", "Negotiations", "Trades")]
        [InlineData("Expand the account", "Expand", "Grow")]
        [InlineData("Expansion revenue is up", "Expansion", "Growth")]
        [InlineData("We are expanding into EMEA", "expanding", "growing")]
        [InlineData("We expanded the account", "expanded", "grew")]
        [InlineData("The account has expanded", "expanded", "grown")]
        [InlineData("Three customers churned", "churned", "off-boarded")]
        [InlineData("Customers churn when ignored", "churn", "off-board")]
        [InlineData("Churning accounts need care", "Churning", "Off-boarding")]
        [InlineData("The churn rate is 3%", "churn rate", "off-board rate")]
        public void Scan_DefaultTerm_FindsFormWithInflectedPreferred(string text, string match, string preferred)
        {
            var finding = Assert.Single(Default.Scan(text));
            Assert.Equal(match, finding.Match);
            Assert.Equal(preferred, finding.Preferred);
            Assert.Equal(match, text.Substring(finding.Start, finding.Length));
            Assert.Equal(VocabularyAction.Block, finding.Action);
        }

        [Theory]
        [InlineData("Open the window")]
        [InlineData("See you next winter")]
        [InlineData("My twin brother")]
        [InlineData("He did not wince")]
        [InlineData("Put it in the closet")]
        [InlineData("Please enclose the invoice")]
        [InlineData("We must disclose the terms of the deal")]
        [InlineData("We are close to the sales target")]
        [InlineData("Follow the deal closely")]
        [InlineData("The closeness of the team")]
        [InlineData("We have a close relationship with the sales team")]
        [InlineData("She is a close friend of the buyer")]
        [InlineData("We are so close with this customer")]
        [InlineData("Close the window before you log the sale")]
        [InlineData("Close the tab and reopen the opportunity")]
        [InlineData("Click close on the dialog")]
        [InlineData("Close the dialog")]
        [InlineData("Please close the door")]
        [InlineData("We closed the support ticket")]
        [InlineData("The store is closed on Sundays")]
        [InlineData("Closing remarks from the sales kickoff")]
        [InlineData("Use the expandable menu")]
        [InlineData("Open the expanded view")]
        [InlineData("Expand the menu to see more")]
        [InlineData("Click to expand")]
        [InlineData("Expand all")]
        [InlineData("Expand/collapse the section")]
        [InlineData("Let me expand on that point")]
        [InlineData("A win-win trade")]
        [InlineData("It won't matter")]
        [InlineData("It won\u2019t matter")]
        [InlineData("Windows and winners")]
        [InlineData("A closed-loop process")]
        [InlineData("The butter churner")]
        public void Scan_NoSalesSense_FindsNothing(string text)
        {
            Assert.Empty(Matches(text));
        }

        /// <summary>The ambiguous cases, decided: each line is what the scanner does and why (see DefaultLexicon).</summary>
        [Theory]
        [InlineData("We closed the office this quarter", "closed")] // accepted false positive: 'quarter' is a sales word
        [InlineData("The deal is close", "close")] // adjective, but about a deal: the sales sense
        [InlineData("Closing remarks", "")] // 'remarks' is an excluded object
        [InlineData("Close the account", "")] // ending an account is off-boarding, not committing
        [InlineData("A winning smile", "winning")] // 'win' is always avoided, there is no sense rule
        [InlineData("Expand on the deal terms", "")] // 'expand on' = say more
        [InlineData("Paid in Korean won", "")] // the currency
        [InlineData("The closed beta for customers", "")] // 'beta' is an excluded object
        [InlineData("Re-negotiate the terms", "negotiate")] // the hyphen splits words; 'renegotiate' is not in the lexicon
        [InlineData("We need to close this opportunity", "close")] // 'this' is skipped; 'opportunity' is a sales word
        public void Scan_AmbiguousCase_Decided(string text, string expected)
        {
            Assert.Equal(expected, string.Join("|", Matches(text)));
        }

        [Fact]
        public void Scan_CloseNearSalesWordInOtherSentence_FindsNothing()
        {
            Assert.Empty(Matches("Please close it. The deal is fine."));
        }

        [Fact]
        public void Scan_CloseToThenClosing_FindsOnlyClosing()
        {
            Assert.Equal(new[] { "closing" }, Matches("We are close to closing the deal"));
        }

        [Fact]
        public void Scan_SalesWordBefore_FindsClose()
        {
            Assert.Equal(new[] { "closed" }, Matches("Two deals we closed in May"));
        }

        [Theory]
        [InlineData("WIN", "COMMIT")]
        [InlineData("Win", "Commit")]
        [InlineData("win", "commit")]
        [InlineData("Win Rate", "Commit Rate")]
        [InlineData("WIN RATE", "COMMIT RATE")]
        [InlineData("Closed-Won", "Committed")]
        [InlineData("CHURNED", "OFF-BOARDED")]
        [InlineData("wIn", "commit")]
        [InlineData("WIN rate", "COMMIT rate")]
        [InlineData("win-Rate", "commit-Rate")]
        [InlineData("Closed Lost", "Not Committed")]
        [InlineData("CLOSED-LOST", "NOT COMMITTED")]
        public void Scan_AnyCase_PreferredKeepsCase(string text, string preferred)
        {
            Assert.Equal(preferred, Assert.Single(Default.Scan(text)).Preferred);
        }

        [Fact]
        public void Scan_Finding_CarriesWhyInFrameworkWords()
        {
            var finding = Assert.Single(Default.Scan("The negotiation went well"));
            Assert.Equal("We say 'trade', not 'negotiation': in a trade both sides give something of value.", finding.Why);
            Assert.Equal("negotiation", finding.Term);
        }

        [Theory]
        [InlineData("closed\u00A0won", "closed\u00A0won")]
        [InlineData("closed \t won", "closed \t won")]
        [InlineData("closed\u2011won", "closed\u2011won")]
        [InlineData("win\u2003rate", "win\u2003rate")]
        public void Scan_PhraseAcrossSpacesAndHyphens_MatchesWholePhrase(string text, string match)
        {
            Assert.Equal(new[] { match }, Matches(text));
        }

        [Fact]
        public void Scan_PhraseAcrossComma_MatchesWordsSeparately()
        {
            // Not the phrase "closed won", but each word still reads in the sales sense ("won" is a sales word).
            Assert.Equal(new[] { "Closed", "won" }, Matches("Closed, won, done"));
        }

        [Fact]
        public void Scan_PhraseAcrossLineBreak_MatchesWordsSeparately()
        {
            // A line break ends a sentence or a list item: "win" and "rate" are not read as one phrase.
            Assert.Equal(new[] { "win" }, Matches("win\nrate"));
        }

        [Theory]
        [InlineData("na\u00EFve win", 6)]
        [InlineData("na\u0069\u0308ve win", 7)]
        [InlineData("\u00DCbersicht: win", 11)]
        [InlineData("\u4F60\u597D win", 3)]
        [InlineData("\U0001D400 win", 3)]
        public void Scan_UnicodeText_FindsWordAtRightPosition(string text, int start)
        {
            var finding = Assert.Single(Default.Scan(text));
            Assert.Equal(start, finding.Start);
            Assert.Equal("win", finding.Match);
        }

        [Theory]
        [InlineData("\u00E9win")]
        [InlineData("win\u00E9")]
        [InlineData("\u0432win")]
        [InlineData("win\u0301")]
        public void Scan_LetterOfAnotherScriptAttached_IsPartOfTheWord(string text)
        {
            Assert.Empty(Matches(text));
        }

        [Fact]
        public void Scan_SoftHyphenInsideWord_StillFound()
        {
            var finding = Assert.Single(Default.Scan("nego\u00ADtiation"));
            Assert.Equal("nego\u00ADtiation", finding.Match);
        }

        [Fact]
        public void Scan_Possessive_FindsStemOnly()
        {
            var finding = Assert.Single(Default.Scan("the win\u2019s impact"));
            Assert.Equal("win", finding.Match);
        }

        [Fact]
        public void Scan_NullOrEmpty_FindsNothing()
        {
            Assert.Empty(Default.Scan(null));
            Assert.Empty(Default.Scan(string.Empty));
        }
    }
}
