using System.Collections.Generic;
using System.Linq;
using System.Runtime.Intrinsics.X86;
using CsCheck;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;

namespace DataverseFunnel.Plugins.Tests.Vocabulary
{
    /// <summary>
    /// The vectorized phrase-start search (net10, AVX2) must change speed only: on any text, the fast scan reports
    /// exactly what the whole-text scan reports. Texts mix every term form with look-alikes, punctuation, markup and
    /// Unicode; long texts put words across the search's 32-character blocks.
    /// </summary>
    public class VocabularyScannerPrefilterTests
    {
        private static readonly string[] Words =
        {
            // every default form and allowed phrase word
            "win", "wins", "winning", "won", "rate", "close", "closes", "closed", "closing", "lost", "date", "loop",
            "negotiate", "negotiates", "negotiated", "negotiating", "negotiation", "negotiations", "expand", "expands",
            "expanded", "expanding", "expansion", "expansions", "churn", "churns", "churned", "churning", "korean",
            "click", "tap", "collapse", "and", "or", "to", "win-win", "closed-won", "closed/lost", "Win", "WON", "Closed",
            "CHURN", "Expanded", "win's", "won’t", "close's",
            // sense-rule context
            "the", "deal", "deals", "quarter", "window", "friend", "very", "has", "have", "been", "view", "menu", "on",
            "account", "by", "up", "a",
            // near misses
            "winter", "windows", "closet", "enclose", "closely", "expandable", "rewin", "wonder", "churned_out", "won2",
            "negotiable", "expansive", "Winnipeg", "disclose",
            // Unicode letters
            "café", "Zürich", "naïve", "Ölwin", "wiñ", "éclose", "日本", "ﬁx",
        };

        private static readonly string[] Separators =
        {
            " ", " ", " ", " ", "  ", ", ", ". ", "! ", "? ", "; ", ": ", "\n", "\r\n", "-", "/", " - ", "\t", "\u00A0",
            "\u2026 ", "'", "’", "\"", "(", ") ", "\u2028", "…", "_", "", "\uFF01", "\u3002 ", "[", "]", "@", "`", "{",
        };

        /// <summary>Rare characters the prefilter cannot see through, and HTML; they must send the text to the whole scan.</summary>
        private static readonly string[] Rare =
        {
            "\u00AD", "\u200D", "\u200C", "\u2060", "\u212A", "\u017F", "\u0130", "<b>", "</p>", "&amp;", "&nbsp;", "<", "&",
        };

        private static readonly Gen<string> Token = Gen.Frequency(
            (12, Gen.OneOf(Words)),
            (8, Gen.OneOf(Separators)),
            (1, Gen.OneOf(Rare)));

        private static readonly Gen<string> Text = Token.Array[0, 60].Select(tokens => string.Concat(tokens));

        [Fact]
        public void Scan_RandomTextDefaultLexicon_SameFindingsAsWholeTextScan()
        {
            var scanner = VocabularyScanner.CreateDefault();
            Text.Sample(text => AssertSame(scanner, text), iter: 3000);
        }

        [Fact]
        public void Scan_LongRandomText_SameFindingsAsWholeTextScan()
        {
            var scanner = VocabularyScanner.CreateDefault();
            Token.Array[100, 1500].Select(tokens => string.Concat(tokens)).Sample(text => AssertSame(scanner, text), iter: 300);
        }

        [Fact]
        public void Scan_TermAtEveryOffset_FoundAcrossBlockEdges()
        {
            var scanner = VocabularyScanner.CreateDefault();
            for (var offset = 0; offset < 80; offset++)
            {
                var text = new string('x', offset) + " Win " + new string('y', 70 - (offset % 70));
                var finding = Assert.Single(scanner.Scan(text));
                Assert.Equal(offset + 1, finding.Start);
                AssertSame(scanner, text);
                AssertSame(scanner, new string('.', offset) + "won");
            }
        }

        [Fact]
        public void Scan_RandomTextWithAdminTerms_SameFindingsAsWholeTextScan()
        {
            var admin = new[]
            {
                new VocabularyTerm("pitch", "propose", "We propose.", VocabularyAction.Rewrite,
                    VocabularyTerm.SplitVariants("pitches=proposes, pitched=proposed, sales pitch=proposal")),
                new VocabularyTerm("negotiation", "trade", "Trade: both give.", VocabularyAction.Warn),
                new VocabularyTerm("café", "coffee", "Plain words.", VocabularyAction.Warn),
            };
            var scanner = VocabularyScanner.Create(admin);
            var words = Words.Concat(new[] { "pitch", "pitches", "pitched", "sales", "pitcher", "Café", "CAFÉ" }).ToArray();
            var text = Gen.Frequency((12, Gen.OneOf(words)), (8, Gen.OneOf(Separators)), (1, Gen.OneOf(Rare)))
                .Array[0, 60].Select(tokens => string.Concat(tokens));
            text.Sample(t => AssertSame(scanner, t), iter: 2000);
        }

        [Fact]
        public void Scan_AdminTermsShortDigitsAndUnderscores_SameFindingsAsWholeTextScan()
        {
            // Prefixes shorter than three characters allow anything after them; digits and '_' are word characters.
            var admin = new[]
            {
                new VocabularyTerm("x", "y", "Short.", VocabularyAction.Warn),
                new VocabularyTerm("po", "order", "Short.", VocabularyAction.Warn),
                new VocabularyTerm("q4 deal", "Q4 commitment", "Digits.", VocabularyAction.Rewrite),
                new VocabularyTerm("_tmp", "draft", "Underscore.", VocabularyAction.Warn),
                new VocabularyTerm("3d", "three-dimensional", "Digit first.", VocabularyAction.Warn),
            };
            var scanner = VocabularyScanner.Create(admin);
            Assert.Equal(new[] { "PO", "x", "q4-deal", "_tmp", "3D" }, scanner.Scan("PO, x and q4-deal; _tmp 3D").Select(f => f.Match));
            var words = Words.Concat(new[] { "x", "X", "xx", "po", "PO", "pos", "q4", "Q4", "q44", "deal", "_tmp", "_TMP", "a_tmp", "3d", "3D", "33d" }).ToArray();
            Gen.Frequency((12, Gen.OneOf(words)), (8, Gen.OneOf(Separators)), (1, Gen.OneOf(Rare)))
                .Array[0, 200].Select(tokens => string.Concat(tokens))
                .Sample(t => AssertSame(scanner, t), iter: 1000);
        }

        [Fact]
        public void Scan_AdminTermsWithAsciiStart_SameFindingsAsWholeTextScan()
        {
            var admin = new[] { new VocabularyTerm("pitch", "propose", "We propose.", VocabularyAction.Block) };
            var scanner = VocabularyScanner.Create(admin);
            Text.Select(t => t + " pitch the deal. " + t).Sample(t => AssertSame(scanner, t), iter: 1000);
        }

        [Theory]
        [InlineData("We won the deal. Open the window. We stay close to them.")]
        [InlineData("Open the window and close the deal before the quarter ends; the winter is long.")]
        [InlineData("Our win-win trade. Closed-won on Friday. Click to expand the view.")]
        [InlineData("They negotiated.\nThe closet is closed.\r\nWe CLOSE deals")]
        [InlineData("cl\u00ADose the deal")]
        [InlineData("\u212Aorean won")]
        [InlineData("win's deal; wonder")]
        public void Scan_Examples_SameFindingsAsWholeTextScan(string text)
        {
            AssertSame(VocabularyScanner.CreateDefault(), text);
        }

        [Fact]
        public void Scan_SoftHyphenInsideTerm_StillFound()
        {
            var finding = Assert.Single(VocabularyScanner.CreateDefault().Scan("We neg\u00ADotiated the price."));
            Assert.Equal("neg\u00ADotiated", finding.Match);
        }

        [Theory]
        [InlineData("We won the deal. Open the window.", true)]
        [InlineData("Plain notes without any term at all", true)]
        [InlineData("R&D said 3 < 4, café won", true)]
        [InlineData("cl\u00ADose the deal", false)]
        [InlineData("\u212Aorean won", false)]
        [InlineData("We won <b>the</b> deal", false)]
        [InlineData("We won&nbsp;the deal", false)]
        public void TryScan_Text_FastUnlessHtmlOrACharacterCouldHideAWord(string text, bool expected)
        {
            var lexicon = Lexicon.Build(DefaultLexicon.Terms(), new VocabularyTerm[0], null);
            var search = PhraseStartSearch.For(lexicon);
            if (!Avx2.IsSupported)
            {
                Assert.Null(search); // no AVX2: no fast path, every text is read in full
                return;
            }

            Assert.Equal(expected, search!.TryScan(text, new PhraseMatcher(lexicon, text, null)));
        }

        [Fact]
        public void CouldHideAWord_EveryNonAsciiCharacter_OnlyBelowU8000()
        {
            // The vector test flags U+0080..U+7FFF for a closer look and lets U+8000 and up through unread.
            var hiding = Enumerable.Range(0x80, 0x10000 - 0x80).Select(c => (char)c).Where(PhraseStartSearch.CouldHideAWord).ToList();
            Assert.Contains('\u00AD', hiding);
            Assert.Contains('\u212A', hiding);
            Assert.All(hiding, c => Assert.InRange(c, '\u0080', '\u7FFF'));
        }

        [Fact]
        public void For_TooManyPrefixesToPay_NoFastPathButSameFindings()
        {
            // 60 admin terms with distinct three-letter starts: 8 buckets would let nearly every word through.
            var admin = Enumerable.Range(0, 60)
                .Select(n => new VocabularyTerm($"{(char)('a' + (n % 26))}{(char)('a' + (n / 26))}zword", "term", "Many.", VocabularyAction.Warn))
                .ToArray();
            var scanner = VocabularyScanner.Create(admin);
            Assert.Null(PhraseStartSearch.For(scanner.Lexicon));
            Assert.Equal(new[] { "bazword", "won" }, scanner.Scan("The bazword was won.").Select(f => f.Match));
        }

        [Fact]
        public void For_AdminTermStartingWithNonAsciiLetter_NoFastPath()
        {
            var admin = new[] { new VocabularyTerm("été", "summer", "Plain words.", VocabularyAction.Warn) };
            Assert.Null(PhraseStartSearch.For(Lexicon.Build(DefaultLexicon.Terms(), admin, null)));
            var scanner = VocabularyScanner.Create(admin);
            Assert.Single(scanner.Scan("Un été chaud."));
        }

        /// <summary>The scanner's fast path, and each instruction set's search this machine has, find what the whole scan finds.</summary>
        private static void AssertSame(VocabularyScanner scanner, string text)
        {
            var whole = Describe(scanner.Scan(text, usePrefilter: false));
            AssertEqual(whole, Describe(scanner.Scan(text, usePrefilter: true)), text, "fast");
            foreach (var search in new[] { PhraseStartSearch.For(scanner.Lexicon, allowAvx512: false), PhraseStartSearch.For(scanner.Lexicon) })
            {
                var matcher = new PhraseMatcher(scanner.Lexicon, text, null);
                if (search != null && search.TryScan(text, matcher))
                {
                    AssertEqual(whole, Describe(matcher.Findings() ?? new List<VocabularyFinding>()), text, search.UsesAvx512 ? "AVX-512" : "AVX2");
                }
            }
        }

        private static void AssertEqual(List<string> whole, List<string> fast, string text, string path) =>
            Assert.True(whole.SequenceEqual(fast), $"text: \"{text}\"\nwhole: {string.Join(" | ", whole)}\n{path}:  {string.Join(" | ", fast)}");

        private static List<string> Describe(IReadOnlyList<VocabularyFinding> findings) =>
            findings.Select(f => $"{f.Start}+{f.Length} '{f.Match}' '{f.Text}' → '{f.Preferred}' {f.Action} {f.Term}").ToList();
    }
}
