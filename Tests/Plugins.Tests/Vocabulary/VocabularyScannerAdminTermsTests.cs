using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;

namespace DataverseFunnel.Plugins.Tests.Vocabulary
{
    public class VocabularyScannerAdminTermsTests
    {
        [Fact]
        public void Create_AdminTermSamePhrase_OverridesActionAndWhyKeepsInflections()
        {
            var admin = new VocabularyTerm("negotiation", "trade", "Trade: both give.", VocabularyAction.Rewrite);
            var scanner = VocabularyScanner.Create(new[] { admin });
            var finding = Assert.Single(scanner.Scan("They negotiated"));
            Assert.Equal(VocabularyAction.Rewrite, finding.Action);
            Assert.Equal("Trade: both give.", finding.Why);
            Assert.Equal("traded", finding.Preferred);
            Assert.Single(scanner.Terms, t => t.Phrase == "negotiation");
        }

        [Fact]
        public void Create_AdminTermMatchesDefaultForm_OverridesThatTerm()
        {
            var admin = new VocabularyTerm("expand", "develop", "We develop accounts.", VocabularyAction.Warn);
            var scanner = VocabularyScanner.Create(new[] { admin });
            var finding = Assert.Single(scanner.Scan("Expanding the account"));
            Assert.Equal("Develop", finding.Preferred); // another preferred word: no inflection is guessed
            Assert.Equal(VocabularyAction.Warn, finding.Action);
            Assert.Empty(scanner.Scan("Open the expanded view")); // the default sense rule stays
        }

        [Fact]
        public void Create_AdminTermNewPhrase_AddsTermWithVariants()
        {
            var admin = new VocabularyTerm("pitch", "propose", "We propose, we don't pitch.", VocabularyAction.Block,
                VocabularyTerm.SplitVariants("pitches=proposes, pitched=proposed, sales pitch=proposal"));
            var scanner = VocabularyScanner.Create(new[] { admin });
            var findings = scanner.Scan("Our sales pitch: he pitched, she pitches, we pitch. A pitcher.");
            Assert.Equal(new[] { "sales pitch", "pitched", "pitches", "pitch" }, findings.Select(f => f.Match).ToArray());
            Assert.Equal(new[] { "proposal", "proposed", "proposes", "propose" }, findings.Select(f => f.Preferred).ToArray());
            Assert.Equal(2, scanner.Scan("We won and pitched").Count);
        }

        [Fact]
        public void WithAdminTerms_SameFindingsAsCreate_AndNoTermsReturnsSameScanner()
        {
            var admin = new[] { new VocabularyTerm("negotiation", "trade", "Both give.", VocabularyAction.Rewrite), new VocabularyTerm("pitch", "propose", "", VocabularyAction.Warn) };
            var defaults = VocabularyScanner.Create(null, VocabularyAction.Warn);
            const string text = "We pitched, negotiated and won";

            var merged = defaults.WithAdminTerms(admin);

            Assert.Equal(VocabularyScanner.Create(admin, VocabularyAction.Warn).Scan(text).Select(f => f.ToString()), merged.Scan(text).Select(f => f.ToString()));
            Assert.Same(defaults, defaults.WithAdminTerms(new VocabularyTerm[0]));
            Assert.Equal(defaults.Scan(text).Select(f => f.ToString()), merged.WithAdminTerms(new VocabularyTerm[0]).Scan(text).Select(f => f.ToString()));
        }

        [Fact]
        public void Create_EnforcementOverride_ChangesEveryAction()
        {
            var scanner = VocabularyScanner.Create(null, VocabularyAction.Warn);
            Assert.All(scanner.Scan("win, negotiate, expand, churn"), f => Assert.Equal(VocabularyAction.Warn, f.Action));
        }

        [Fact]
        public void Create_WithoutDefaults_UsesOnlyAdminTerms()
        {
            var scanner = VocabularyScanner.Create(new[] { new VocabularyTerm("deal", "commitment", "", VocabularyAction.Block) }, includeDefaults: false);
            var finding = Assert.Single(scanner.Scan("We won the deal"));
            Assert.Equal("deal", finding.Match);
            Assert.Equal("We say 'commitment', not 'deal'.", finding.Why);
        }

        [Theory]
        [InlineData("", "trade")]
        [InlineData("  ", "trade")]
        [InlineData("--", "trade")]
        [InlineData("haggle", "")]
        public void Constructor_MissingPhraseOrPreferred_ThrowsClearArgumentException(string phrase, string preferred)
        {
            var error = Assert.Throws<System.ArgumentException>(() => new VocabularyTerm(phrase, preferred, "why", VocabularyAction.Block));
            Assert.Contains("vocabulary term", error.Message);
        }

        [Fact]
        public void Constructor_UnknownAction_Throws()
        {
            Assert.Throws<System.ArgumentException>(() => new VocabularyTerm("haggle", "trade", "why", (VocabularyAction)42));
        }

        [Fact]
        public void Create_AdminPhraseWithNonAsciiFirstLetter_IsFound()
        {
            var scanner = VocabularyScanner.Create(new[] { new VocabularyTerm("\u00FCberzeugen", "gewinnen", "", VocabularyAction.Warn) });
            Assert.Equal("\u00DCberzeugen", Assert.Single(scanner.Scan("Wir \u00DCberzeugen")).Match);
        }
    }
}
