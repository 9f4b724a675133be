#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// The fast path for plain text: one vectorized pass tests 32 or 64 positions at a time for a lexicon first word's
    /// first three characters (<see cref="PrefixBuckets"/>), and only the words starting at those positions go to the
    /// exact matcher, in order, as the whole-text scan would reach them. The same pass watches for what it cannot
    /// handle — markup that makes the text HTML, a character that could hide a word from the test (soft hyphen,
    /// Kelvin sign…) — and then gives up so the caller reads the text in full. Findings are identical to the
    /// whole-text scan's. Immutable; needs AVX-512 or AVX2 (elsewhere, and on net462, the whole text is read).
    /// </summary>
    internal sealed class PhraseStartSearch
    {
        /// <summary>A block's bit k is the prefix that ends at k: it starts this many characters before.</summary>
        private const int Lag = PrefixBuckets.Places - 1;

        // Each scan copies one of these (its tables built once, here) and feeds it the text's blocks.
        private readonly Avx512PrefixTest avx512;
        private readonly Avx2PrefixTest avx2;
        private readonly bool useAvx512;

        private PhraseStartSearch(PrefixBuckets buckets, bool useAvx512)
        {
            this.useAvx512 = useAvx512;
            if (useAvx512)
            {
                avx512 = new Avx512PrefixTest(buckets);
            }
            else
            {
                avx2 = new Avx2PrefixTest(buckets);
            }
        }

        /// <summary>
        /// A search for <paramref name="lexicon"/>, or null when this machine has neither AVX-512 nor AVX2, a first
        /// word does not start with an ASCII letter or digit, or there are too many prefixes for the test to pay.
        /// <paramref name="allowAvx512"/> false keeps to AVX2 (tests compare both).
        /// </summary>
        public static PhraseStartSearch? For(Lexicon lexicon, bool allowAvx512 = true)
        {
            var useAvx512 = allowAvx512 && Avx512PrefixTest.IsSupported;
            if (!useAvx512 && !Avx2PrefixTest.IsSupported)
            {
                return null;
            }

            var prefixes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var term in lexicon.Terms)
            {
                foreach (var form in term.Forms)
                {
                    if (!AddPrefix(prefixes, form))
                    {
                        return null;
                    }
                }

                foreach (var allowed in term.AllowedForms)
                {
                    if (!AddPrefix(prefixes, allowed))
                    {
                        return null;
                    }
                }
            }

            var buckets = PrefixBuckets.For(prefixes);
            return buckets == null ? null : new PhraseStartSearch(buckets, useAvx512);
        }

        /// <summary>Whether this search tests 64 characters at a time (AVX-512) rather than 32 (AVX2).</summary>
        public bool UsesAvx512 => useAvx512;

        /// <summary>
        /// Feeds <paramref name="matcher"/> every word of <paramref name="text"/> that could start a phrase; false
        /// (findings to be discarded) when the text is HTML or holds a character that could hide a word from the test.
        /// </summary>
        public bool TryScan(string text, PhraseMatcher matcher) => useAvx512
            ? TryScan(avx512, text, matcher)
            : TryScan(avx2, text, matcher);

        private static bool TryScan<TTest>(TTest test, string text, PhraseMatcher matcher)
            where TTest : struct, IPrefixTest
        {
            var width = test.Width;
            ref var chars = ref MemoryMarshal.GetReference(text.AsSpan());
            var length = text.Length;
            var resume = 0; // the matcher has read up to here
            var lastTagEnd = -2; // text.LastIndexOf('>'), computed at the first '<'
            var i = 0;
            for (; i <= length - width; i += width)
            {
                var ends = test.Next(ref Unsafe.Add(ref chars, i), out var unusual);
                if (unusual && !IsPlain(text, i, width, ref lastTagEnd))
                {
                    return false;
                }

                if (ends != 0)
                {
                    resume = Match(text, matcher, i - Lag, ends, resume);
                }
            }

            // The last characters and the places after the end: the same test on a copy padded with spaces.
            var rest = length - i;
            if (!IsPlain(text, i, rest, ref lastTagEnd))
            {
                return false;
            }

            Span<char> padded = stackalloc char[2 * width];
            padded.Fill(' ');
            text.AsSpan(i, rest).CopyTo(padded);
            ref var tail = ref MemoryMarshal.GetReference(padded);
            for (var block = 0; block < rest + Lag; block += width)
            {
                var ends = test.Next(ref Unsafe.Add(ref tail, block), out _);
                var firstStart = i + block - Lag;
                var startsInText = length - firstStart;
                if (startsInText < width)
                {
                    ends &= (1UL << startsInText) - 1;
                }

                resume = Match(text, matcher, firstStart, ends, resume);
            }

            return true;
        }

        /// <summary>Hands the candidate starts (bit k: <paramref name="firstStart"/> + k) to the matcher in order; returns where it has read up to.</summary>
        private static int Match(string text, PhraseMatcher matcher, int firstStart, ulong starts, int resume)
        {
            while (starts != 0)
            {
                var p = firstStart + BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                if (p >= resume && (p == 0 || !WordReader.IsWordCharAt(text, p - 1)))
                {
                    resume = matcher.MatchWordAt(p);
                }
            }

            return resume;
        }

        /// <summary>
        /// False when text[from..from+count) holds a character that could hide a word from the test, or starts
        /// markup (a tag or an entity, as <see cref="HtmlProjection.LooksLikeHtml"/> decides).
        /// </summary>
        private static bool IsPlain(string text, int from, int count, ref int lastTagEnd)
        {
            for (var i = from; i < from + count; i++)
            {
                var c = text[i];
                if (c >= 128)
                {
                    if (CouldHideAWord(c))
                    {
                        return false;
                    }
                }
                else if (c == '<')
                {
                    if (lastTagEnd == -2)
                    {
                        lastTagEnd = text.LastIndexOf('>');
                    }

                    if (i < lastTagEnd && HtmlProjection.OpensTag(text, i))
                    {
                        return false;
                    }
                }
                else if (c == '&' && HtmlEntities.TryDecode(text, i, out _, out _, out _))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Dropped inside a word (soft hyphen, zero-width joiners) or folded to ASCII (Kelvin sign → k): the test
        /// would not see the word. All such characters are below U+8000 (a test checks every character).
        /// </summary>
        internal static bool CouldHideAWord(char c)
        {
            var folded = CharKinds.Fold(c);
            return folded == '\0' || (folded < 128 && folded != '\'');
        }

        /// <summary>The first word's leading ASCII letters and digits (up to three); false when there are none.</summary>
        private static bool AddPrefix(HashSet<string> prefixes, TermForm form)
        {
            var first = form.Words[0];
            var length = 0;
            while (length < first.Length && length < PrefixBuckets.Places && first[length] < 128 && CharKinds.IsWordChar(first[length]))
            {
                length++;
            }

            if (length == 0)
            {
                return false;
            }

            prefixes.Add(first.Substring(0, length));
            return true;
        }
    }
}
#endif
