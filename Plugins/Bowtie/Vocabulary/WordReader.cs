using System.Runtime.CompilerServices;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>Finds words in text, forwards and backwards, the same way the scanner's main loop does.</summary>
    internal static class WordReader
    {
        /// <summary>True when text[i] belongs to a word; an apostrophe does only between two word characters.</summary>
        public static bool IsWordCharAt(string text, int i)
        {
            var c = text[i];
            if (CharKinds.IsWordChar(c))
            {
                return true;
            }

            return CharKinds.IsApostrophe(c) && i > 0 && i + 1 < text.Length
                && CharKinds.IsWordChar(text[i - 1]) && CharKinds.IsWordChar(text[i + 1]);
        }

        /// <summary>End (exclusive) of the word that starts at <paramref name="start"/>.</summary>
        public static int WordEnd(string text, int start) => WordEnd(text, start, out _);

        /// <summary>
        /// End (exclusive) of the word that starts at <paramref name="start"/>; <paramref name="ascii"/>: every character
        /// after the first is an ASCII letter, digit or '_' (no apostrophe, so no possessive).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int WordEnd(string text, int start, out bool ascii)
        {
            var n = text.Length;
            ascii = true;
            var i = start + 1;
            while (true)
            {
                // Plain ASCII letters first: nearly every character of a word.
                while ((uint)i < (uint)text.Length && IsAsciiLetter(text[i]))
                {
                    i++;
                }

                if (i >= n)
                {
                    return i;
                }

                var c = text[i];
                if (CharKinds.IsWordChar(c))
                {
                    ascii &= c < 128;
                    i++;
                }
                else if (CharKinds.IsApostrophe(c) && i + 1 < n && CharKinds.IsWordChar(text[i + 1]))
                {
                    ascii = false;
                    i += 2; // an apostrophe between word characters stays in the word: won't, win's
                }
                else
                {
                    return i;
                }
            }
        }

        /// <summary>
        /// The next word at or after <paramref name="from"/>. <paramref name="gap"/> tells what lies between:
        /// only phrase joiners (a phrase may continue), a sentence end (context stops), or other punctuation.
        /// </summary>
        public static bool NextWord(string text, int from, out int start, out int end, out WordGap gap)
        {
            gap = WordGap.Joiners;
            var i = from;
            if (i + 1 < text.Length && text[i] == ' ' && IsAsciiLetter(text[i + 1]))
            {
                start = i + 1; // the usual case, one space then a word
                end = WordEnd(text, start);
                return true;
            }

            while (i < text.Length && !IsWordCharAt(text, i))
            {
                gap = Widen(gap, text[i]);
                i++;
            }

            start = i;
            if (i >= text.Length)
            {
                end = i;
                return false;
            }

            end = WordEnd(text, i);
            return true;
        }

        /// <summary>The word that ends at or before <paramref name="before"/> (exclusive), and what lies between.</summary>
        public static bool PreviousWord(string text, int before, out int start, out int end, out WordGap gap)
        {
            gap = WordGap.Joiners;
            var i = before - 1;
            if (i >= 1 && text[i] == ' ' && IsAsciiLetter(text[i - 1]))
            {
                i--; // the usual case, a word then one space
            }

            while (i >= 0 && !IsWordCharAt(text, i))
            {
                gap = Widen(gap, text[i]);
                i--;
            }

            end = i + 1;
            if (i < 0)
            {
                start = 0;
                return false;
            }

            while (i > 0 && (IsAsciiLetter(text[i - 1]) || IsWordCharAt(text, i - 1)))
            {
                i--;
            }

            start = i;
            return true;
        }

        private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        private static WordGap Widen(WordGap gap, char c)
        {
            if (CharKinds.IsSentenceEnd(c))
            {
                return WordGap.SentenceEnd;
            }

            return gap == WordGap.Joiners && !CharKinds.IsPhraseJoiner(c) ? WordGap.Punctuation : gap;
        }
    }
}
