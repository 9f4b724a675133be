#if NET8_0_OR_GREATER
using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// The prefix test with AVX-512 (BW and VBMI), 64 characters a block: each character is looked up directly in a
    /// 128-entry table per place (a two-register byte permute), and the places are lined up with the same permute.
    /// </summary>
    internal struct Avx512PrefixTest : IPrefixTest
    {
        private readonly Vector512<byte> lower0;
        private readonly Vector512<byte> upper0;
        private readonly Vector512<byte> lower1;
        private readonly Vector512<byte> upper1;
        private readonly Vector512<byte> lower2;
        private readonly Vector512<byte> upper2;
        private Vector512<byte> previous0;
        private Vector512<byte> previous1;

        public Avx512PrefixTest(PrefixBuckets buckets)
        {
            var table = buckets.AsciiTable(0);
            lower0 = Vector512.Create(table.AsSpan(0, 64));
            upper0 = Vector512.Create(table.AsSpan(64, 64));
            table = buckets.AsciiTable(1);
            lower1 = Vector512.Create(table.AsSpan(0, 64));
            upper1 = Vector512.Create(table.AsSpan(64, 64));
            table = buckets.AsciiTable(2);
            lower2 = Vector512.Create(table.AsSpan(0, 64));
            upper2 = Vector512.Create(table.AsSpan(64, 64));
            previous0 = Vector512<byte>.Zero;
            previous1 = Vector512<byte>.Zero;
        }

        public static bool IsSupported => Avx512BW.IsSupported && Avx512Vbmi.IsSupported;

        public readonly int Width => 64;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Next(ref char at, out bool unusual)
        {
            ref var u = ref Unsafe.As<char, ushort>(ref at);
            var first = Vector512.LoadUnsafe(ref u);
            var second = Vector512.LoadUnsafe(ref u, 32);

            // Packing saturates: U+0080..U+7FFF become bytes of 0x80 and up, which flags them; U+8000 and up become 0.
            // A byte of 0x80 and up is looked up as its low 7 bits: a look-alike at worst, checked later. Packing
            // works within 16-byte lanes: the 8-byte pieces are put back in order.
            var packed = Avx512BW.PackUnsignedSaturate(first.AsInt16(), second.AsInt16());
            var bytes = Avx512F.PermuteVar8x64(packed.AsUInt64(), Vector512.Create(0UL, 2, 4, 6, 1, 3, 5, 7)).AsByte();
            var markup = Vector512.Equals(bytes, Vector512.Create((byte)'<')) | Vector512.Equals(bytes, Vector512.Create((byte)'&'));
            unusual = (bytes | markup).ExtractMostSignificantBits() != 0;

            var place0 = Avx512Vbmi.PermuteVar64x8x2(lower0, bytes, upper0);
            var place1 = Avx512Vbmi.PermuteVar64x8x2(lower1, bytes, upper1);
            var place2 = Avx512Vbmi.PermuteVar64x8x2(lower2, bytes, upper2);

            // Place 0 two characters back and place 1 one back: byte k takes byte 62 + k (63 + k) of previous:current.
            var placed0 = Avx512Vbmi.PermuteVar64x8x2(previous0, TwoBack, place0);
            var placed1 = Avx512Vbmi.PermuteVar64x8x2(previous1, OneBack, place1);
            previous0 = place0;
            previous1 = place1;
            return ~Vector512.Equals(placed0 & placed1 & place2, Vector512<byte>.Zero).ExtractMostSignificantBits();
        }

        private static Vector512<byte> OneBack => Vector512.CreateSequence((byte)63, (byte)1);

        private static Vector512<byte> TwoBack => Vector512.CreateSequence((byte)62, (byte)1);
    }
}
#endif
