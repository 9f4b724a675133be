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

        public static int Hash(string text, int start, int length)
        {
            unchecked
            {
                var hash = (int)2166136261;
                var end = start + length;
                for (var i = start; i < end; i++)
                {
                    var c = text[i];
                    if (c >= 128)
                    {
                        c = CharKinds.Fold(c);
                        if (c == '\0')
                        {
                            continue;
                        }
                    }
                    else if ((uint)(c - 'A') <= 'Z' - 'A')
                    {
                        c = (char)(c | 0x20);
                    }

                    hash = (hash ^ c) * 16777619;
                }

                return hash;
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
