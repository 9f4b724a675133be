using System.Globalization;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// How the scanner reads characters, the way a person does: letters of any script, digits and combining marks
    /// make words; an apostrophe between letters stays inside the word (won't, won’t); soft hyphens and zero-width
    /// joiners inside a word are invisible; spaces (including non-breaking ones), hyphens and slashes join the words
    /// of a phrase.
    /// </summary>
    internal static class CharKinds
    {
        /// <summary>Marks a tag in projected HTML: it separates words and breaks phrases, but does not end a sentence.</summary>
        public const char HardSeparator = '\uFFFF';

        public static bool IsWordChar(char c)
        {
            if (c < 128)
            {
                return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';
            }

            return c != HardSeparator && IsNonAsciiWordChar(c);
        }

        private static bool IsNonAsciiWordChar(char c)
        {
            if (char.IsSurrogate(c) || IsInvisibleInWord(c))
            {
                return true; // astral-plane letters come as pairs; both halves belong to the word
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.ConnectorPunctuation:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Soft hyphen, zero-width non-joiner/joiner, word joiner: part of a word, ignored when comparing.</summary>
        public static bool IsInvisibleInWord(char c) => c == '\u00AD' || c == '\u200C' || c == '\u200D' || c == '\u2060';

        public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019' || c == '\u02BC';

        /// <summary>Characters allowed between the words of a phrase: "closed won", "closed-won", "closed/won".</summary>
        public static bool IsPhraseJoiner(char c)
        {
            if (c == ' ' || c == '-' || c == '/')
            {
                return true;
            }

            if (c == HardSeparator)
            {
                return false;
            }

            return c == '\u2010' || c == '\u2011' || char.IsWhiteSpace(c);
        }

        /// <summary>Ends the context a sense rule looks at.</summary>
        public static bool IsSentenceEnd(char c)
        {
            switch (c)
            {
                case '.':
                case '!':
                case '?':
                case ';':
                case '\n':
                case '\r':
                case '\u2026':
                case '\u2028':
                case '\u2029':
                case '\u3002':
                case '\uFF01':
                case '\uFF1F':
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Case folding for comparisons; 0 for characters a reader does not see inside a word.</summary>
        public static char Fold(char c)
        {
            if (c < 128)
            {
                return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }

            if (IsApostrophe(c))
            {
                return '\'';
            }

            return IsInvisibleInWord(c) ? '\0' : char.ToLowerInvariant(c);
        }
    }
}
