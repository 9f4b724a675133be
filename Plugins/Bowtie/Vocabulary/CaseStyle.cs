using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// Gives a replacement the case of the words it replaces: WIN → COMMIT, Win → Commit, Win Rate → Commit Rate,
    /// win → the replacement as the lexicon writes it.
    /// </summary>
    internal static class CaseStyle
    {
        /// <summary>
        /// The replacement for a phrase in the phrase's case — word by word when both have as many words
        /// ("WIN rate" → "COMMIT rate") — with the writer's own joiners when only the first word changes:
        /// "win-rate" → "commit-rate", but "closed-lost" → "not committed".
        /// </summary>
        public static string ApplyToPhrase(string match, string replacement)
        {
            var replacementWords = replacement.Split(' ');
            var matchWords = new List<string>();
            var from = 0;
            while (WordReader.NextWord(match, from, out var start, out var end, out _))
            {
                matchWords.Add(match.Substring(start, end - start));
                from = end;
            }

            if (replacementWords.Length < 2 || matchWords.Count != replacementWords.Length)
            {
                return Apply(match, JoinLike(match, replacement));
            }

            for (var w = 0; w < replacementWords.Length; w++)
            {
                replacementWords[w] = Apply(matchWords[w], replacementWords[w]);
            }

            return JoinLike(match, string.Join(" ", replacementWords));
        }

        private static string JoinLike(string match, string replacement)
        {
            var words = replacement.Split(' ');
            if (words.Length < 2)
            {
                return replacement;
            }

            var gaps = new System.Collections.Generic.List<string>();
            var from = 0;
            var count = 0;
            var previousEnd = -1;
            while (WordReader.NextWord(match, from, out var start, out var end, out _))
            {
                if (previousEnd >= 0)
                {
                    gaps.Add(match.Substring(previousEnd, start - previousEnd));
                    if (count >= words.Length || !string.Equals(match.Substring(start, end - start), words[count], System.StringComparison.OrdinalIgnoreCase))
                    {
                        return replacement;
                    }
                }

                count++;
                previousEnd = end;
                from = end;
            }

            if (count != words.Length)
            {
                return replacement;
            }

            var builder = new StringBuilder(words[0]);
            for (var w = 1; w < words.Length; w++)
            {
                builder.Append(gaps[w - 1]).Append(words[w]);
            }

            return builder.ToString();
        }

        public static string Apply(string match, string replacement)
        {
            var letters = 0;
            var upper = 0;
            var words = 0;
            var titledWords = 0;
            var atWordStart = true;
            foreach (var c in match)
            {
                if (!char.IsLetter(c))
                {
                    if (!CharKinds.IsInvisibleInWord(c) && !CharKinds.IsApostrophe(c))
                    {
                        atWordStart = true;
                    }

                    continue;
                }

                letters++;
                var isUpper = char.IsUpper(c);
                if (isUpper)
                {
                    upper++;
                }

                if (atWordStart)
                {
                    words++;
                    if (isUpper)
                    {
                        titledWords++;
                    }
                }

                atWordStart = false;
            }

            if (letters >= 2 && upper == letters)
            {
                return replacement.ToUpperInvariant();
            }

            if (words > 1 && titledWords == words)
            {
                return TitleEachWord(replacement);
            }

            return StartsUpper(match) ? Capitalize(replacement) : replacement;
        }

        private static bool StartsUpper(string match)
        {
            foreach (var c in match)
            {
                if (char.IsLetter(c))
                {
                    return char.IsUpper(c);
                }
            }

            return false;
        }

        private static string Capitalize(string text) =>
            text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text.Substring(1);

        private static string TitleEachWord(string text)
        {
            var builder = new StringBuilder(text.Length);
            var atWordStart = true;
            foreach (var c in text)
            {
                builder.Append(atWordStart ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
                atWordStart = c == ' ' || c == '-' || c == '/';
            }

            return builder.ToString();
        }
    }
}
