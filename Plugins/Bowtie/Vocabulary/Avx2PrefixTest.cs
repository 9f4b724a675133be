#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// The prefix test with AVX2, 32 characters a block: the text is folded (bit 0x20 set) and each character's low
    /// and high nibbles are looked up in 16-entry tables per place (a byte shuffle); a bucket allows the character
    /// when it allows both nibbles.
    /// </summary>
    internal struct Avx2PrefixTest : IPrefixTest
    {
        private readonly Vector256<byte> low0;
        private readonly Vector256<byte> low1;
        private readonly Vector256<byte> low2;
        private readonly Vector256<byte> high0;
        private readonly Vector256<byte> high1;
        private readonly Vector256<byte> high2;
        private Vector256<byte> previous0;
        private Vector256<byte> previous1;

        public Avx2PrefixTest(PrefixBuckets buckets)
        {
            buckets.NibbleTables(0, out var low, out var high);
            low0 = Table(low);
            high0 = Table(high);
            buckets.NibbleTables(1, out low, out high);
            low1 = Table(low);
            high1 = Table(high);
            buckets.NibbleTables(2, out low, out high);
            low2 = Table(low);
            high2 = Table(high);
            previous0 = Vector256<byte>.Zero;
            previous1 = Vector256<byte>.Zero;
        }

        public static bool IsSupported => Avx2.IsSupported;

        public readonly int Width => 32;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Next(ref char at, out bool unusual)
        {
            ref var u = ref Unsafe.As<char, ushort>(ref at);
            var first = Vector256.LoadUnsafe(ref u);
            var second = Vector256.LoadUnsafe(ref u, 16);

            // Packing saturates: U+0080..U+7FFF become bytes of 0x80 and up, which flags them; U+8000 and up become 0.
            // Neither is a prefix character. Packing works within halves: the quarters are put back in order.
            var bytes = Avx2.Permute4x64(Avx2.PackUnsignedSaturate(first.AsInt16(), second.AsInt16()).AsUInt64(), 0b11_01_10_00).AsByte();
            var markup = Vector256.Equals(bytes, Vector256.Create((byte)'<')) | Vector256.Equals(bytes, Vector256.Create((byte)'&'));
            unusual = (bytes | markup).ExtractMostSignificantBits() != 0;

            var folded = bytes | Vector256.Create((byte)0x20);
            var lowNibbles = folded & Vector256.Create((byte)0x0F);
            var highNibbles = Avx2.ShiftRightLogical(folded.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F);
            var place0 = Avx2.Shuffle(low0, lowNibbles) & Avx2.Shuffle(high0, highNibbles);
            var place1 = Avx2.Shuffle(low1, lowNibbles) & Avx2.Shuffle(high1, highNibbles);
            var place2 = Avx2.Shuffle(low2, lowNibbles) & Avx2.Shuffle(high2, highNibbles);

            // Place 0 two characters back and place 1 one back, shifted in from the block before (the byte shift works
            // within halves, so the halves are paired across first).
            var placed0 = Avx2.AlignRight(place0, Avx2.Permute2x128(previous0, place0, 0x21), 14);
            var placed1 = Avx2.AlignRight(place1, Avx2.Permute2x128(previous1, place1, 0x21), 15);
            previous0 = place0;
            previous1 = place1;
            return ~Vector256.Equals(placed0 & placed1 & place2, Vector256<byte>.Zero).ExtractMostSignificantBits() & 0xFFFF_FFFFUL;
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
