using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// One scan of one text: the hot loop. Words are read in place (no substrings); a word reaches the hash table
    /// only when its first two letters and its length could start a phrase of the lexicon.
    /// </summary>
    internal sealed class PhraseMatcher
    {
        private readonly Lexicon lexicon;
        private readonly string text;
        private readonly HtmlProjection? projection;
        private readonly List<string> replacements = new List<string>();
        private readonly List<string> visibleMatches = new List<string>();
        private readonly List<int> ranges = new List<int>();
        private List<VocabularyTerm>? terms;

        public PhraseMatcher(Lexicon lexicon, string text, HtmlProjection? projection)
        {
            this.lexicon = lexicon;
            this.text = text;
            this.projection = projection;
        }

        /// <summary>The findings, or null when there are none (the common case allocates nothing).</summary>
        public List<VocabularyFinding>? Run()
        {
            Scan(0, text.Length);
            return Findings();
        }

        /// <summary>
        /// Scans the words that start in text[from..to). <paramref name="from"/> must be 0 or follow a sentence end and
        /// <paramref name="to"/> must be the text's end or a sentence end: phrases and sense rules never cross one, so the
        /// findings are exactly those a whole-text scan finds there. Call <see cref="Findings"/> after the last range.
        /// </summary>
        public void Scan(int from, int to)
        {
            var s = text;
            var n = s.Length;
            var pairs = lexicon.FirstPairs;
            var singleLetterWords = lexicon.HasSingleCharFirstWord;
            var minLength = lexicon.MinFirstLength;
            var maxLength = lexicon.MaxFirstLength + 2; // room for a possessive "'s"
            var i = from;
            while (i < to)
            {
                var c = s[i];
                if (!IsAsciiLetter(c) && (c < 128 ? !IsAsciiDigitOrUnderscore(c) : !CharKinds.IsWordChar(c)))
                {
                    i++;
                    continue;
                }

                // Prefilter on the first two characters: most words cannot start a phrase and are skipped unread.
                var start = i;
                var next = i + 1 < n ? s[i + 1] : ' ';
                bool candidate;
                if ((c | next) >= 128)
                {
                    candidate = true; // non-ASCII: let the exact lookup decide
                }
                else if (IsAsciiLetter(next) || IsAsciiDigitOrUnderscore(next) || next == '\'')
                {
                    var pair = (((c | 0x20) & 31) << 5) | ((next | 0x20) & 31);
                    candidate = (pairs[pair >> 6] & (1UL << (pair & 63))) != 0;
                }
                else
                {
                    candidate = singleLetterWords;
                }

                var ascii = true;
                i++;
                while (true)
                {
                    // Tight loop over ASCII letters (nearly all of a text); other word characters are rarer.
                    while ((uint)i < (uint)s.Length && (uint)((s[i] | 0x20) - 'a') <= 'z' - 'a')
                    {
                        i++;
                    }

                    if (i >= n)
                    {
                        break;
                    }

                    c = s[i];
                    if (c < 128 ? IsAsciiDigitOrUnderscore(c) : CharKinds.IsWordChar(c))
                    {
                        ascii &= c < 128;
                        i++;
                    }
                    else if (CharKinds.IsApostrophe(c) && i + 1 < n && CharKinds.IsWordChar(s[i + 1]))
                    {
                        ascii = false;
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                var length = i - start;
                if (!candidate || length < minLength || (ascii && length > maxLength))
                {
                    continue;
                }

                i = MatchAt(start, i);
            }
        }

        private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        private static bool IsAsciiDigitOrUnderscore(char c) => (uint)(c - '0') <= 9 || c == '_';

        /// <summary>Tries the phrases that start with the word text[start..end); returns where scanning resumes.</summary>
        private int MatchAt(int start, int end)
        {
            var s = text;
            var candidates = lexicon.FirstWords.Find(s, start, end - start);
            var wordEnd = end;
            if (candidates == null && end - start > 2 && CharKinds.IsApostrophe(s[end - 2]) && (s[end - 1] | 0x20) == 's')
            {
                wordEnd = end - 2; // possessive: "win's" is "win"
                candidates = lexicon.FirstWords.Find(s, start, wordEnd - start);
            }

            if (candidates == null)
            {
                return end;
            }

            foreach (var candidate in candidates)
            {
                var phraseEnd = wordEnd;
                var words = candidate.Form.Words;
                var matched = true;
                for (var w = 1; w < words.Length && matched; w++)
                {
                    // A phrase continues only over spaces, hyphens or slashes, and never after a possessive.
                    var ne = 0;
                    matched = wordEnd == end
                        && WordReader.NextWord(s, phraseEnd, out var ns, out ne, out var gap)
                        && gap == WordGap.Joiners
                        && WordText.FoldedEquals(words[w], s, ns, ne - ns);
                    phraseEnd = matched ? ne : phraseEnd;
                }

                if (!matched)
                {
                    continue;
                }

                if (candidate.Term == null)
                {
                    return phraseEnd; // an allowed phrase such as "win-win": none of its words is flagged
                }

                if (candidate.Form.Sense != null && !candidate.Form.Sense.Applies(s, start, phraseEnd))
                {
                    continue;
                }

                Add(candidate, start, phraseEnd);
                return phraseEnd;
            }

            return end;
        }

        private void Add(PhraseCandidate candidate, int start, int end)
        {
            var form = candidate.Form;
            var replacement = form.Participle != null && After(form.ParticipleAfter!, start) ? form.Participle : form.Replacement;
            terms ??= new List<VocabularyTerm>();
            terms.Add(candidate.Term!);
            var visible = text.Substring(start, end - start);
            visibleMatches.Add(visible);
            replacements.Add(CaseStyle.ApplyToPhrase(visible, replacement));
            ranges.Add(start);
            ranges.Add(end);
        }

        /// <summary>Findings with positions in the original string (mapped back through the HTML in one walk).</summary>
        public List<VocabularyFinding>? Findings()
        {
            if (terms == null)
            {
                return null;
            }

            projection?.MapToOriginal(ranges);
            var original = projection == null ? text : projection.Original;
            var findings = new List<VocabularyFinding>(terms.Count);
            for (var k = 0; k < terms.Count; k++)
            {
                var start = ranges[2 * k];
                var length = ranges[(2 * k) + 1] - start;
                findings.Add(new VocabularyFinding(
                    original.Substring(start, length), visibleMatches[k], start, length, replacements[k], terms[k].Action, terms[k].Why, terms[k].Phrase, projection != null));
            }

            return findings;
        }

        private bool After(WordTable<string> words, int start) =>
            WordReader.PreviousWord(text, start, out var ps, out var pe, out var gap)
            && gap != WordGap.SentenceEnd && words.Contains(text, ps, pe - ps);
    }
}
