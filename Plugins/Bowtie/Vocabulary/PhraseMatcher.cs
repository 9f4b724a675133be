using System.Collections.Generic;
using System.Runtime.CompilerServices;

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
            var i = from;
            while (i < to)
            {
                var c = s[i];
                if (!IsAsciiLetter(c) && (c < 128 ? !IsAsciiDigitOrUnderscore(c) : !CharKinds.IsWordChar(c)))
                {
                    i++;
                    continue;
                }

                var start = i;
                i = WordReader.WordEnd(s, start, out var ascii);
                if (CouldStartPhrase(start, i, ascii))
                {
                    i = MatchAt(start, i);
                }
            }
        }

        /// <summary>
        /// Matches at the word that starts at <paramref name="start"/> exactly as <see cref="Scan"/> would on reaching
        /// it (the caller has checked that a word starts there); returns where scanning resumes.
        /// </summary>
        public int MatchWordAt(int start)
        {
            var end = WordReader.WordEnd(text, start, out var ascii);
            return CouldStartPhrase(start, end, ascii) ? MatchAt(start, end) : end;
        }

        /// <summary>
        /// Cheap test before the hash lookup: the word text[start..end) could start a phrase by its first two
        /// characters and its length. Most words of a text fail it and are never looked up.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool CouldStartPhrase(int start, int end, bool ascii)
        {
            var s = text;
            var c = s[start];
            var next = start + 1 < s.Length ? s[start + 1] : ' ';
            bool candidate;
            if ((c | next) >= 128)
            {
                candidate = true; // non-ASCII: let the exact lookup decide
            }
            else if (IsAsciiLetter(next) || IsAsciiDigitOrUnderscore(next) || next == '\'')
            {
                var pair = (((c | 0x20) & 31) << 5) | ((next | 0x20) & 31);
                candidate = (lexicon.FirstPairs[pair >> 6] & (1UL << (pair & 63))) != 0;
            }
            else
            {
                candidate = lexicon.HasSingleCharFirstWord;
            }

            var length = end - start;
            if (!candidate || length < lexicon.MinFirstLength)
            {
                return false;
            }

            if (!ascii || (c | next) >= 128)
            {
                return true; // an apostrophe (a possessive "'s" is looked up without it) or a non-ASCII letter: look it up
            }

            var ends = (((c | 0x20) & 31) << 5) | ((s[end - 1] | 0x20) & 31);
            return length <= lexicon.MaxFirstLength && (lexicon.FirstAndLast[ends >> 6] & (1UL << (ends & 63))) != 0;
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

            // The word after, read once for all the phrases that go on (-1: not read yet, -2: a phrase cannot go on).
            var secondStart = -1;
            var secondEnd = 0;
            foreach (var candidate in candidates)
            {
                var phraseEnd = wordEnd;
                var words = candidate.Form.Words;
                var matched = true;
                if (words.Length > 1)
                {
                    if (secondStart == -1)
                    {
                        // A phrase continues only over spaces, hyphens or slashes, and never after a possessive.
                        secondStart = wordEnd == end && WordReader.NextWord(s, wordEnd, out var ns, out secondEnd, out var gap) && gap == WordGap.Joiners
                            ? ns
                            : -2;
                    }

                    matched = secondStart >= 0 && WordText.FoldedEquals(words[1], s, secondStart, secondEnd - secondStart);
                    phraseEnd = matched ? secondEnd : phraseEnd;
                }

                for (var w = 2; w < words.Length && matched; w++)
                {
                    var ne = 0;
                    matched = WordReader.NextWord(s, phraseEnd, out var ns, out ne, out var gap)
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
