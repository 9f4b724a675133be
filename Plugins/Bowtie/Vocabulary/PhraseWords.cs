using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>Splits a phrase into folded words with the scanner's own tokenizer, so "closed-won" = "closed won".</summary>
    internal static class PhraseWords
    {
        public static string[] Split(string phrase)
        {
            var words = new List<string>();
            var from = 0;
            while (WordReader.NextWord(phrase, from, out var start, out var end, out _))
            {
                var word = WordText.FoldKey(phrase.Substring(start, end - start));
                if (word.Length > 0)
                {
                    words.Add(word);
                }

                from = end;
            }

            return words.ToArray();
        }

        /// <summary>The phrase's words joined by single spaces: the identity used to match admin terms with defaults.</summary>
        public static string Normalize(string phrase) => string.Join(" ", Split(phrase));
    }
}
