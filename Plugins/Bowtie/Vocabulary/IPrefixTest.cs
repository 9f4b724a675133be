#if NET8_0_OR_GREATER
namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// One instruction set's way to test a block of text for the prefixes of <see cref="PrefixBuckets"/>. A test is
    /// fed the blocks in order and carries the end of the block before, so a prefix that crosses the edge is found.
    /// </summary>
    internal interface IPrefixTest
    {
        /// <summary>Characters per block (at most 64).</summary>
        int Width { get; }

        /// <summary>
        /// Bit k set when a prefix could end at character k of the block at <paramref name="at"/>, that is start
        /// <see cref="PrefixBuckets.Places"/> - 1 characters earlier; <paramref name="unusual"/> when the block holds a
        /// character from U+0080 to U+7FFF, '&lt;' or '&amp;' (which the caller looks at closely).
        /// </summary>
        ulong Next(ref char at, out bool unusual);
    }
}
#endif
