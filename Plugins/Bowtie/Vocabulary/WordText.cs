using System.Text;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>Case-insensitive comparison of a word with a slice of text, without allocating the slice.</summary>
    internal static class WordText
    {
        /// <summary>Folds a key the way lookups fold text: lower case, invisible characters dropped.</summary>
        public static string FoldKey(string word)
        {
            var builder = new StringBuilder(word.Length);
            foreach (var c in word)
            {
                var folded = CharKinds.Fold(c);
                if (folded != '\0')
                {
                    builder.Append(folded);
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// Hash of the folded word. Rotate-and-xor keeps the per-character chain short (a multiply per character
        /// was most of a lookup's time); one multiply at the end spreads the bits into the low ones the table uses.
        /// </summary>
        public static int Hash(string text, int start, int length)
        {
            unchecked
            {
                var hash = 0u;
                var end = start + length;
                for (var i = start; i < end; i++)
                {
                    uint c = text[i];
                    if (c < 128)
                    {
                        c |= (uint)((c - 'A' <= 'Z' - 'A') ? 0x20 : 0);
                    }
                    else
                    {
                        c = CharKinds.Fold((char)c);
                        if (c == 0)
                        {
                            continue;
                        }
                    }

                    hash = ((hash << 5) | (hash >> 27)) ^ c;
                }

                hash *= 0x9E3779B1u;
                return (int)(hash ^ (hash >> 15));
            }
        }

        public static bool FoldedEquals(string key, string text, int start, int length)
        {
            var k = 0;
            var end = start + length;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c < 128)
                {
                    c |= (char)((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0);
                }
                else
                {
                    c = CharKinds.Fold(c);
                    if (c == '\0')
                    {
                        continue;
                    }
                }

                if (k >= key.Length || key[k] != c)
                {
                    return false;
                }

                k++;
            }

            return k == key.Length;
        }
    }
}
