using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// One scan of one text: the hot loop. Words are read in place (no substrings); a word reaches the hash table
    /// only when its first letter and length could start a phrase of the lexicon.
    /// </summary>
    internal sealed class PhraseMatcher
    {
        private readonly Lexicon lexicon;
        private readonly string text;
        private readonly HtmlProjection? projection;
        private List<VocabularyFinding>? findings;

        public PhraseMatcher(Lexicon lexicon, string text, HtmlProjection? projection)
        {
            this.lexicon = lexicon;
            this.text = text;
            this.projection = projection;
            findings = null;
        }

        /// <summary>The findings, or null when there are none (the common case allocates nothing).</summary>
        public List<VocabularyFinding>? Run()
        {
            var s = text;
            var n = s.Length;
            var mask = lexicon.FirstCharMask;
            var anyNonAscii = lexicon.AnyNonAsciiFirstChar;
            var minLength = lexicon.MinFirstLength;
            var maxLength = lexicon.MaxFirstLength + 2; // room for a possessive "'s"
            var i = 0;
            while (i < n)
            {
                var c = s[i];
                if (c < 128 ? !IsAsciiWordChar(c) : !CharKinds.IsWordChar(c))
                {
                    i++;
                    continue;
                }

                var start = i;
                var ascii = c < 128;
                i++;
                while (i < n)
                {
                    c = s[i];
                    if (c < 128 && IsAsciiWordChar(c))
                    {
                        i++;
                    }
                    else if (c >= 128 && CharKinds.IsWordChar(c))
                    {
                        ascii = false;
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

                var first = s[start];
                if (first < 128 ? (mask & (1UL << ((first | 0x20) & 63))) == 0 : !anyNonAscii && !CharKinds.IsInvisibleInWord(first))
                {
                    continue;
                }

                var length = i - start;
                if (length < minLength || (ascii && length > maxLength))
                {
                    continue;
                }

                i = MatchAt(start, i);
            }

            return findings;
        }

        private static bool IsAsciiWordChar(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';

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
            var term = candidate.Term!;
            var replacement = form.Participle != null && AfterAuxiliary(start) ? form.Participle : form.Replacement;
            replacement = CaseStyle.ApplyToPhrase(text.Substring(start, end - start), replacement);
            var originalStart = projection == null ? start : projection.OriginalStart(start);
            var originalEnd = projection == null ? end : projection.OriginalEnd(end);
            var original = projection == null ? text : projection.Original;
            findings ??= new List<VocabularyFinding>();
            findings.Add(new VocabularyFinding(
                original.Substring(originalStart, originalEnd - originalStart), originalStart, originalEnd - originalStart,
                replacement, term.Action, term.Why, term.Phrase, projection != null));
        }

        private bool AfterAuxiliary(int start) =>
            WordReader.PreviousWord(text, start, out var ps, out var pe, out var gap)
            && gap != WordGap.SentenceEnd && lexicon.Auxiliaries.Contains(text, ps, pe - ps);
    }
}
