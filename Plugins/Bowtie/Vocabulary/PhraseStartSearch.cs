#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// The fast path for plain text: one vectorized pass tests 32 positions at a time for a lexicon first word's
    /// first three characters (<see cref="PrefixNibbleTables"/>), and only the words starting at those positions go to
    /// the exact matcher, in order, as the whole-text scan would reach them. The same pass watches for what it cannot
    /// handle — markup that makes the text HTML, a character that could hide a word from the test (soft hyphen,
    /// Kelvin sign…) — and then gives up so the caller reads the text in full. Findings are identical to the
    /// whole-text scan's. Immutable; needs AVX2 (elsewhere, and on net462, the whole text is read).
    /// </summary>
    internal sealed class PhraseStartSearch
    {
        private const int Block = 32;

        private readonly Vector256<byte> low0;
        private readonly Vector256<byte> low1;
        private readonly Vector256<byte> low2;
        private readonly Vector256<byte> high0;
        private readonly Vector256<byte> high1;
        private readonly Vector256<byte> high2;

        private PhraseStartSearch(PrefixNibbleTables tables)
        {
            low0 = Table(tables.Low[0]);
            low1 = Table(tables.Low[1]);
            low2 = Table(tables.Low[2]);
            high0 = Table(tables.High[0]);
            high1 = Table(tables.High[1]);
            high2 = Table(tables.High[2]);
        }

        /// <summary>
        /// A search for <paramref name="lexicon"/>, or null when this machine lacks AVX2, a first word does not start
        /// with an ASCII letter or digit, or there are too many prefixes for the test to pay.
        /// </summary>
        public static PhraseStartSearch? For(Lexicon lexicon)
        {
            if (!Avx2.IsSupported)
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

            var tables = PrefixNibbleTables.For(prefixes);
            return tables == null ? null : new PhraseStartSearch(tables);
        }

        /// <summary>
        /// Feeds <paramref name="matcher"/> every word of <paramref name="text"/> that could start a phrase; false
        /// (findings to be discarded) when the text is HTML or holds a character that could hide a word from the test.
        /// </summary>
        public bool TryScan(string text, PhraseMatcher matcher)
        {
            const int Lag = PrefixNibbleTables.Places - 1; // a block's bit k is the prefix that ends at k: it starts Lag before
            var state = new ScanState(this);
            ref var chars = ref MemoryMarshal.GetReference(text.AsSpan());
            var length = text.Length;
            var resume = 0; // the matcher has read up to here
            var lastTagEnd = -2; // text.LastIndexOf('>'), computed at the first '<'
            var i = 0;
            for (; i <= length - Block; i += Block)
            {
                var ends = state.Next(ref Unsafe.Add(ref chars, i), out var unusual);
                if (unusual && !IsPlain(text, i, Block, ref lastTagEnd))
                {
                    return false;
                }

                resume = Match(text, matcher, i - Lag, ends, resume);
            }

            // The last characters and the places after the end: the same test on a copy padded with spaces.
            var rest = length - i;
            if (!IsPlain(text, i, rest, ref lastTagEnd))
            {
                return false;
            }

            Span<char> padded = stackalloc char[2 * Block];
            padded.Fill(' ');
            text.AsSpan(i, rest).CopyTo(padded);
            ref var tail = ref MemoryMarshal.GetReference(padded);
            for (var block = 0; block < rest + Lag; block += Block)
            {
                var ends = state.Next(ref Unsafe.Add(ref tail, block), out _);
                var firstStart = i + block - Lag;
                var startsInText = length - firstStart;
                if (startsInText < Block)
                {
                    ends &= (1u << startsInText) - 1;
                }

                resume = Match(text, matcher, firstStart, ends, resume);
            }

            return true;
        }

        /// <summary>Hands the candidate starts (bit k: <paramref name="firstStart"/> + k) to the matcher in order; returns where it has read up to.</summary>
        private static int Match(string text, PhraseMatcher matcher, int firstStart, uint starts, int resume)
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
        /// The vector test, block after block. Each character is looked up once in the three places' tables; a prefix
        /// ending at character e needs place 0 at e - 2 and place 1 at e - 1, so those lookups are shifted in from the
        /// block before.
        /// </summary>
        private struct ScanState
        {
            private readonly Vector256<byte> low0;
            private readonly Vector256<byte> low1;
            private readonly Vector256<byte> low2;
            private readonly Vector256<byte> high0;
            private readonly Vector256<byte> high1;
            private readonly Vector256<byte> high2;
            private Vector256<byte> previous0;
            private Vector256<byte> previous1;

            public ScanState(PhraseStartSearch search)
            {
                low0 = search.low0;
                low1 = search.low1;
                low2 = search.low2;
                high0 = search.high0;
                high1 = search.high1;
                high2 = search.high2;
                previous0 = Vector256<byte>.Zero;
                previous1 = Vector256<byte>.Zero;
            }

            /// <summary>
            /// Bit k set when a prefix could end at character k of the 32 from <paramref name="at"/> (start at k - 2);
            /// <paramref name="unusual"/> when the 32 hold a non-ASCII character, '&lt;' or '&amp;'.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public uint Next(ref char at, out bool unusual)
            {
                ref var u = ref Unsafe.As<char, ushort>(ref at);
                var first = Vector256.LoadUnsafe(ref u);
                var second = Vector256.LoadUnsafe(ref u, 16);
                var nonAscii = ((first | second) & Vector256.Create((ushort)0xFF80)) != Vector256<ushort>.Zero;

                // Non-ASCII saturates to 0 or 0xFF, never a prefix character. Packing works within halves: the
                // quarters are put back in order.
                var bytes = Avx2.Permute4x64(Avx2.PackUnsignedSaturate(first.AsInt16(), second.AsInt16()).AsUInt64(), 0b11_01_10_00).AsByte();
                var markup = Vector256.Equals(bytes, Vector256.Create((byte)'<')) | Vector256.Equals(bytes, Vector256.Create((byte)'&'));
                unusual = nonAscii | (markup != Vector256<byte>.Zero);

                var folded = bytes | Vector256.Create((byte)0x20);
                var lowNibbles = folded & Vector256.Create((byte)0x0F);
                var highNibbles = Avx2.ShiftRightLogical(folded.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F);
                var place0 = Avx2.Shuffle(low0, lowNibbles) & Avx2.Shuffle(high0, highNibbles);
                var place1 = Avx2.Shuffle(low1, lowNibbles) & Avx2.Shuffle(high1, highNibbles);
                var place2 = Avx2.Shuffle(low2, lowNibbles) & Avx2.Shuffle(high2, highNibbles);

                // Shifted in from the block before (the byte shift works within halves: pair the halves across first).
                var placed0 = Avx2.AlignRight(place0, Avx2.Permute2x128(previous0, place0, 0x21), 14); // place 0 two back
                var placed1 = Avx2.AlignRight(place1, Avx2.Permute2x128(previous1, place1, 0x21), 15); // place 1 one back
                var buckets = placed0 & placed1 & place2;
                previous0 = place0;
                previous1 = place1;
                return (~Vector256.Equals(buckets, Vector256<byte>.Zero)).ExtractMostSignificantBits();
            }
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

        /// <summary>Dropped inside a word (soft hyphen, zero-width joiners) or folded to ASCII (Kelvin sign → k).</summary>
        private static bool CouldHideAWord(char c)
        {
            var folded = CharKinds.Fold(c);
            return folded == '\0' || (folded < 128 && folded != '\'');
        }

        /// <summary>The first word's leading ASCII letters and digits (up to three); false when there are none.</summary>
        private static bool AddPrefix(HashSet<string> prefixes, TermForm form)
        {
            var first = form.Words[0];
            var length = 0;
            while (length < first.Length && length < PrefixNibbleTables.Places && first[length] < 128 && CharKinds.IsWordChar(first[length]))
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

        /// <summary>A 16-byte table repeated in both halves: the byte shuffle looks up within each half.</summary>
        private static Vector256<byte> Table(byte[] sixteen)
        {
            var half = Vector128.Create(sixteen);
            return Vector256.Create(half, half);
        }
    }
}
#endif
