#if NET8_0_OR_GREATER
using System;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// Characters that could hide a word of the lexicon from an ordinal, ignore-case search: those the scanner drops
    /// inside a word (soft hyphen, zero-width joiners) and non-ASCII letters it folds to ASCII (Kelvin sign → k).
    /// A text holding one is scanned whole.
    /// </summary>
    internal static class UnseeableChars
    {
        /// <summary>Index of the first such character in <paramref name="text"/>, or -1.</summary>
        public static int IndexIn(string text)
        {
            var span = text.AsSpan();
            var i = span.IndexOfAnyExceptInRange('\0', '\u007F');
            while (i >= 0)
            {
                if (IsUnseeable(span[i]))
                {
                    return i;
                }

                var next = span.Slice(i + 1).IndexOfAnyExceptInRange('\0', '\u007F');
                i = next < 0 ? -1 : i + 1 + next;
            }

            return -1;
        }

        private static bool IsUnseeable(char c)
        {
            var folded = CharKinds.Fold(c);
            return folded == '\0' || (folded < 128 && folded != '\'');
        }
    }
}
#endif
