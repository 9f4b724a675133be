using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// When a word is meant in the sense we avoid, as data rather than code: "close" is the sales sense only with a
    /// sales word nearby (deal, date, rate, quarter…) and not in "close to", "a close friend", "close the window".
    /// Context stops at the end of the sentence.
    /// </summary>
    internal sealed class SenseRule
    {
        public SenseRule(
            string description,
            IEnumerable<string>? requiresNearby = null,
            int wordsBefore = 3,
            int wordsAfter = 4,
            IEnumerable<string>? notBefore = null,
            IEnumerable<string>? notAfter = null,
            IEnumerable<string>? skippedBeforeObject = null)
        {
            Description = description;
            RequiresNearby = Table(requiresNearby);
            WordsBefore = wordsBefore;
            WordsAfter = wordsAfter;
            NotBefore = Table(notBefore);
            NotAfter = Table(notAfter);
            SkippedBeforeObject = Table(skippedBeforeObject);
        }

        /// <summary>What the rule means, for people reading the lexicon.</summary>
        public string Description { get; }

        /// <summary>One of these words must be within <see cref="WordsBefore"/>/<see cref="WordsAfter"/> words. Null = no requirement.</summary>
        public WordTable<string>? RequiresNearby { get; }

        public int WordsBefore { get; }

        public int WordsAfter { get; }

        /// <summary>Not this sense when the next word (its object) is one of these: "close to", "close the window".</summary>
        public WordTable<string>? NotBefore { get; }

        /// <summary>Not this sense when the previous word is one of these: "a close friend", "very close".</summary>
        public WordTable<string>? NotAfter { get; }

        /// <summary>Words skipped to find the object: "close the window" looks past "the".</summary>
        public WordTable<string>? SkippedBeforeObject { get; }

        /// <summary>Whether the word at text[start..end) is meant in this sense.</summary>
        public bool Applies(string text, int start, int end)
        {
            if (NotAfter != null && WordReader.PreviousWord(text, start, out var ps, out var pe, out var pgap)
                && pgap != WordGap.SentenceEnd && NotAfter.Contains(text, ps, pe - ps))
            {
                return false;
            }

            if (NotBefore != null && NextObjectIsExcluded(text, end))
            {
                return false;
            }

            return RequiresNearby == null || HasNearby(text, start, end);
        }

        private bool NextObjectIsExcluded(string text, int end)
        {
            var from = end;
            for (var hop = 0; hop < 2; hop++)
            {
                if (!WordReader.NextWord(text, from, out var ns, out var ne, out var gap) || gap == WordGap.SentenceEnd)
                {
                    return false;
                }

                if (NotBefore!.Contains(text, ns, ne - ns))
                {
                    return true;
                }

                if (SkippedBeforeObject == null || !SkippedBeforeObject.Contains(text, ns, ne - ns))
                {
                    return false;
                }

                from = ne;
            }

            return false;
        }

        private bool HasNearby(string text, int start, int end)
        {
            var from = end;
            for (var n = 0; n < WordsAfter; n++)
            {
                if (!WordReader.NextWord(text, from, out var ns, out var ne, out var gap) || gap == WordGap.SentenceEnd)
                {
                    break;
                }

                if (RequiresNearby!.Contains(text, ns, ne - ns))
                {
                    return true;
                }

                from = ne;
            }

            var before = start;
            for (var n = 0; n < WordsBefore; n++)
            {
                if (!WordReader.PreviousWord(text, before, out var ps, out var pe, out var gap) || gap == WordGap.SentenceEnd)
                {
                    break;
                }

                if (RequiresNearby!.Contains(text, ps, pe - ps))
                {
                    return true;
                }

                before = ps;
            }

            return false;
        }

        private static WordTable<string>? Table(IEnumerable<string>? words) => words == null ? null : WordTable<string>.Of(words);
    }
}
