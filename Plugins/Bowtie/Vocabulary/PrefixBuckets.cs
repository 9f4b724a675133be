#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// The lexicon's first-word prefixes (up to three ASCII characters) sorted into 8 buckets, one bit of a byte each,
    /// so a vector can test many text positions at once: a position passes when some bucket allows each of the next
    /// three characters at its place. A bucket of one prefix allows exactly that prefix; with more than 8 prefixes,
    /// buckets are merged where that adds the fewest look-alikes (every candidate is checked in full afterwards).
    /// Built once per lexicon, immutable.
    /// </summary>
    internal sealed class PrefixBuckets
    {
        /// <summary>Characters of a prefix the test looks at.</summary>
        public const int Places = 3;

        private const int Count = 8;

        /// <summary>Beyond this many prefixes the buckets allow so much that the test stops paying for itself.</summary>
        private const int MaxPrefixes = 48;

        private readonly List<CharSets> buckets;

        private PrefixBuckets(List<CharSets> buckets) => this.buckets = buckets;

        /// <summary>
        /// Buckets for <paramref name="prefixes"/> (1 to 3 ASCII characters, lower case; a shorter prefix allows any
        /// character in the places it lacks), or null when there are none or too many to be worth it.
        /// </summary>
        public static PrefixBuckets? For(IReadOnlyCollection<string> prefixes)
        {
            if (prefixes.Count == 0 || prefixes.Count > MaxPrefixes)
            {
                return null;
            }

            var buckets = new List<CharSets>();
            foreach (var prefix in prefixes)
            {
                buckets.Add(CharSets.Of(prefix));
            }

            while (buckets.Count > Count)
            {
                MergeCheapestPair(buckets);
            }

            return new PrefixBuckets(buckets);
        }

        /// <summary>
        /// For each of the 128 ASCII characters, the buckets that allow it at <paramref name="place"/>: bit b of entry c.
        /// Letters are allowed in either case.
        /// </summary>
        public byte[] AsciiTable(int place)
        {
            var table = new byte[128];
            for (var b = 0; b < buckets.Count; b++)
            {
                for (var c = 0; c < 128; c++)
                {
                    if (buckets[b].Allows(place, (char)c))
                    {
                        table[c] |= (byte)(1 << b);
                    }
                }
            }

            return table;
        }

        /// <summary>
        /// The same split by nibbles, for a 16-entry byte shuffle, after the text is folded by setting bit 0x20: bit b
        /// of low[n] (high[n]) set when bucket b allows a folded character whose low (high) nibble is n. A character
        /// passes when both its nibbles do, which may let a few more through than <see cref="AsciiTable"/>.
        /// </summary>
        public void NibbleTables(int place, out byte[] low, out byte[] high)
        {
            low = new byte[16];
            high = new byte[16];
            for (var b = 0; b < buckets.Count; b++)
            {
                for (var c = 0x20; c < 128; c++)
                {
                    if ((c & 0x20) != 0 && buckets[b].Allows(place, (char)c))
                    {
                        low[c & 0xF] |= (byte)(1 << b);
                        high[c >> 4] |= (byte)(1 << b);
                    }
                }

                if (buckets[b].AllowsAll(place))
                {
                    for (var n = 0; n < 16; n++)
                    {
                        low[n] |= (byte)(1 << b);
                        high[n] |= (byte)(1 << b);
                    }
                }
            }
        }

        private static void MergeCheapestPair(List<CharSets> buckets)
        {
            var bestA = 0;
            var bestB = 1;
            var bestCost = double.MaxValue;
            for (var a = 0; a < buckets.Count; a++)
            {
                for (var b = a + 1; b < buckets.Count; b++)
                {
                    var added = buckets[a].Union(buckets[b]).Allowed - buckets[a].Allowed - buckets[b].Allowed;
                    if (added < bestCost)
                    {
                        bestCost = added;
                        bestA = a;
                        bestB = b;
                    }
                }
            }

            buckets[bestA] = buckets[bestA].Union(buckets[bestB]);
            buckets.RemoveAt(bestB);
        }

        /// <summary>One bucket: for each place, the folded ASCII characters it allows (a 128-bit set).</summary>
        private sealed class CharSets
        {
            private readonly UInt128[] sets;

            private CharSets(UInt128[] sets) => this.sets = sets;

            /// <summary>How many three-character strings the bucket lets through: its cost in look-alikes.</summary>
            public double Allowed
            {
                get
                {
                    var allowed = 1.0;
                    foreach (var set in sets)
                    {
                        allowed *= (double)UInt128.PopCount(set);
                    }

                    return allowed;
                }
            }

            public static CharSets Of(string prefix)
            {
                var sets = new UInt128[Places];
                for (var place = 0; place < Places; place++)
                {
                    sets[place] = place < prefix.Length ? UInt128.One << (prefix[place] | 0x20) : UInt128.MaxValue;
                }

                return new CharSets(sets);
            }

            public bool AllowsAll(int place) => sets[place] == UInt128.MaxValue;

            public bool Allows(int place, char c) => ((sets[place] >> (c | 0x20)) & UInt128.One) != UInt128.Zero;

            public CharSets Union(CharSets other)
            {
                var sets = new UInt128[Places];
                for (var place = 0; place < Places; place++)
                {
                    sets[place] = this.sets[place] | other.sets[place];
                }

                return new CharSets(sets);
            }
        }
    }
}
#endif
