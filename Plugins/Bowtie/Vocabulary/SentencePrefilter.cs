#if NET8_0_OR_GREATER
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// Skips the sentences that cannot hold a finding. One vectorized search finds the places where a phrase of the
    /// lexicon could start (its first word's ASCII letters); the exact scanner then reads only the sentences around
    /// them. Phrases, sense rules and participles never look past a sentence end, so a sentence's findings do not
    /// depend on the rest of the text and the result is identical to a whole-text scan.
    /// Immutable; net462 has no SearchValues and always scans the whole text.
    /// </summary>
    internal sealed class SentencePrefilter
    {
        /// <summary>Anchors are cut to this length: fewer, shorter strings search faster; the word is checked in full.</summary>
        private const int AnchorLength = 4;

        private readonly Lexicon lexicon;
        private readonly SearchValues<string> anchors;

        private SentencePrefilter(Lexicon lexicon, SearchValues<string> anchors)
        {
            this.lexicon = lexicon;
            this.anchors = anchors;
        }

        /// <summary>A prefilter for <paramref name="lexicon"/>, or null when a first word does not start with an ASCII letter or digit.</summary>
        public static SentencePrefilter? For(Lexicon lexicon)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in lexicon.Terms)
            {
                foreach (var form in term.Forms)
                {
                    if (!AddAnchor(set, form))
                    {
                        return null;
                    }
                }

                foreach (var allowed in term.AllowedForms)
                {
                    if (!AddAnchor(set, allowed))
                    {
                        return null;
                    }
                }
            }

            // An anchor that starts with a shorter one adds nothing (the word is checked in full) and slows the search.
            var minimal = new List<string>();
            foreach (var anchor in set)
            {
                if (!set.Any(other => other.Length < anchor.Length && anchor.StartsWith(other, StringComparison.Ordinal)))
                {
                    minimal.Add(anchor);
                }
            }

            return minimal.Count == 0 ? null : new SentencePrefilter(lexicon, SearchValues.Create(minimal.ToArray(), StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// Scans the candidate sentences of <paramref name="text"/> with <paramref name="matcher"/>; false (nothing
        /// scanned) when the text holds a character that could hide a word from the search, so the caller scans it all.
        /// </summary>
        public bool TryScan(string text, PhraseMatcher matcher)
        {
            if (UnseeableChars.IndexIn(text) >= 0)
            {
                return false;
            }

            var span = text.AsSpan();
            var from = 0;
            var scanned = 0; // end of the last range scanned: a sentence end, or 0
            while (from < text.Length)
            {
                var hit = span.Slice(from).IndexOfAny(anchors);
                if (hit < 0)
                {
                    break;
                }

                var p = from + hit;
                var runEnd = AsciiWordEnd(text, p);
                if (!CouldStartPhrase(text, p, runEnd))
                {
                    from = p > 0 && IsAsciiWordChar(text[p - 1]) ? p + 1 : runEnd;
                    continue;
                }

                // The sentence around the word: from the previous sentence end (or the last range scanned) to the next.
                // Sentences are short: a plain loop beats a vectorized search's setup here.
                var start = p;
                while (start > scanned && !CharKinds.IsSentenceEnd(text[start - 1]))
                {
                    start--;
                }

                var end = runEnd;
                while (end < text.Length && !CharKinds.IsSentenceEnd(text[end]))
                {
                    end++;
                }

                matcher.Scan(start, end);
                from = end;
                scanned = end;
            }

            return true;
        }

        /// <summary>
        /// False only when the scanner's loop would surely not look the word at <paramref name="p"/> up, or the
        /// lookup would fail: p is inside an ASCII word, or the word is plain ASCII and no phrase starts with it.
        /// </summary>
        private bool CouldStartPhrase(string text, int p, int runEnd)
        {
            if (p > 0 && IsAsciiWordChar(text[p - 1]))
            {
                return false;
            }

            if (runEnd < text.Length && (text[runEnd] >= 128 || text[runEnd] == '\''))
            {
                return true; // the word goes on (apostrophe, accented letter…): let the exact scan decide
            }

            return lexicon.FirstWords.Find(text, p, runEnd - p) != null;
        }

        private static int AsciiWordEnd(string text, int i)
        {
            while (i < text.Length && IsAsciiWordChar(text[i]))
            {
                i++;
            }

            return i;
        }

        private static bool IsAsciiWordChar(char c) =>
            (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';

        /// <summary>The first word's leading ASCII letters and digits, cut to <see cref="AnchorLength"/>; false when there are none.</summary>
        private static bool AddAnchor(HashSet<string> set, TermForm form)
        {
            var first = form.Words[0];
            var length = 0;
            while (length < first.Length && length < AnchorLength && first[length] < 128 && IsAsciiWordChar(first[length]))
            {
                length++;
            }

            if (length == 0)
            {
                return false;
            }

            set.Add(first.Substring(0, length));
            return true;
        }
    }
}
#endif
