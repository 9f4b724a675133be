#if NET8_0_OR_GREATER
using System.Collections.Generic;
using System.Numerics;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// Lookup tables that let a vector test 32 positions at once for "a phrase could start here", by the first three
    /// characters of its first word (ASCII, folded by setting bit 0x20). Each prefix goes into one of 8 buckets (a bit
    /// of a byte); for each of the three places a bucket records which low nibbles and which high nibbles it allows.
    /// A position passes when some bucket allows the low and the high nibble of all three characters there. A bucket
    /// of one prefix allows exactly that prefix; when there are more than 8 prefixes, buckets are merged where that adds
    /// the fewest look-alikes (they are checked in full afterwards). Immutable once built.
    /// </summary>
    internal sealed class PrefixNibbleTables
    {
        /// <summary>Characters of a prefix the tables look at.</summary>
        public const int Places = 3;

        private const int Buckets = 8;

        /// <summary>Beyond this many prefixes the buckets allow so much that the test stops paying for itself.</summary>
        private const int MaxPrefixes = 48;

        private PrefixNibbleTables(byte[][] low, byte[][] high)
        {
            Low = low;
            High = high;
        }

        /// <summary>Low[place][nibble]: bit b set when bucket b allows a character with that low nibble at that place.</summary>
        public byte[][] Low { get; }

        /// <summary>High[place][nibble]: the same for the high nibble.</summary>
        public byte[][] High { get; }

        /// <summary>
        /// Tables for <paramref name="prefixes"/> (1 to 3 ASCII characters each; a shorter prefix allows anything in
        /// the places it lacks), or null when there are none or too many to be worth it.
        /// </summary>
        public static PrefixNibbleTables? For(IReadOnlyCollection<string> prefixes)
        {
            if (prefixes.Count == 0 || prefixes.Count > MaxPrefixes)
            {
                return null;
            }

            var buckets = new List<NibbleSets>();
            foreach (var prefix in prefixes)
            {
                buckets.Add(NibbleSets.Of(prefix));
            }

            while (buckets.Count > Buckets)
            {
                MergeCheapestPair(buckets);
            }

            var low = new byte[Places][];
            var high = new byte[Places][];
            for (var place = 0; place < Places; place++)
            {
                low[place] = new byte[16];
                high[place] = new byte[16];
                for (var b = 0; b < buckets.Count; b++)
                {
                    for (var nibble = 0; nibble < 16; nibble++)
                    {
                        if ((buckets[b].Low[place] & (1 << nibble)) != 0)
                        {
                            low[place][nibble] |= (byte)(1 << b);
                        }

                        if ((buckets[b].High[place] & (1 << nibble)) != 0)
                        {
                            high[place][nibble] |= (byte)(1 << b);
                        }
                    }
                }
            }

            return new PrefixNibbleTables(low, high);
        }

        /// <summary>Folds an ASCII character the way the vector test does: letters to lower case.</summary>
        public static int Fold(char c) => c | 0x20;

        private static void MergeCheapestPair(List<NibbleSets> buckets)
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

        /// <summary>One bucket: for each place, the allowed low and high nibbles as 16-bit sets.</summary>
        private sealed class NibbleSets
        {
            private NibbleSets(int[] low, int[] high)
            {
                Low = low;
                High = high;
            }

            public int[] Low { get; }

            public int[] High { get; }

            /// <summary>How many three-character strings the bucket lets through: its cost in look-alikes.</summary>
            public double Allowed
            {
                get
                {
                    var allowed = 1.0;
                    for (var place = 0; place < Places; place++)
                    {
                        allowed *= BitOperations.PopCount((uint)Low[place]) * BitOperations.PopCount((uint)High[place]);
                    }

                    return allowed;
                }
            }

            public static NibbleSets Of(string prefix)
            {
                var low = new int[Places];
                var high = new int[Places];
                for (var place = 0; place < Places; place++)
                {
                    if (place < prefix.Length)
                    {
                        var c = Fold(prefix[place]);
                        low[place] = 1 << (c & 0xF);
                        high[place] = 1 << (c >> 4);
                    }
                    else
                    {
                        low[place] = 0xFFFF; // the prefix is shorter: any character may follow
                        high[place] = 0xFFFF;
                    }
                }

                return new NibbleSets(low, high);
            }

            public NibbleSets Union(NibbleSets other)
            {
                var low = new int[Places];
                var high = new int[Places];
                for (var place = 0; place < Places; place++)
                {
                    low[place] = Low[place] | other.Low[place];
                    high[place] = High[place] | other.High[place];
                }

                return new NibbleSets(low, high);
            }
        }
    }
}
#endif
