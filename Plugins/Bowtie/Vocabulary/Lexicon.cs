using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// The terms merged and indexed for one scanner: phrases by their first word (longest first), plus a cheap
    /// prefilter on the first two letters and the length so most words of a text never reach the hash table.
    /// </summary>
    internal sealed class Lexicon
    {
        private Lexicon(IReadOnlyList<VocabularyTerm> terms)
        {
            Terms = terms;
            var byFirstWord = new Dictionary<string, List<PhraseCandidate>>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                foreach (var form in term.Forms)
                {
                    Add(byFirstWord, new PhraseCandidate(form, term));
                }

                foreach (var allowed in term.AllowedForms)
                {
                    Add(byFirstWord, new PhraseCandidate(allowed, null));
                }
            }

            MinFirstLength = int.MaxValue;
            FirstPairs = new ulong[16];
            FirstAndLast = new ulong[16];
            foreach (var first in byFirstWord.Keys)
            {
                MinFirstLength = Math.Min(MinFirstLength, first.Length);
                MaxFirstLength = Math.Max(MaxFirstLength, first.Length);
                var last = first[first.Length - 1];
                if ((first[0] | last) < 128)
                {
                    var ends = (((first[0] | 0x20) & 31) << 5) | ((last | 0x20) & 31);
                    FirstAndLast[ends >> 6] |= 1UL << (ends & 63);
                }

                if (first.Length == 1)
                {
                    HasSingleCharFirstWord = true;
                }
                else if ((first[0] | first[1]) < 128)
                {
                    var pair = (((first[0] | 0x20) & 31) << 5) | ((first[1] | 0x20) & 31);
                    FirstPairs[pair >> 6] |= 1UL << (pair & 63);
                }
            }

            FirstWords = new WordTable<PhraseCandidate[]>(byFirstWord.Select(pair => new KeyValuePair<string, PhraseCandidate[]>(
                pair.Key, pair.Value.OrderByDescending(c => c.WordCount).ToArray())));
        }

        public IReadOnlyList<VocabularyTerm> Terms { get; }

        public WordTable<PhraseCandidate[]> FirstWords { get; }

        /// <summary>
        /// Bit ((a | 0x20) &amp; 31) * 32 + ((b | 0x20) &amp; 31) is set when a first word starts with the ASCII pair a, b
        /// (in either case). Written only while the lexicon is built.
        /// </summary>
        public ulong[] FirstPairs { get; }

        /// <summary>
        /// The same for a first word's first and last characters: an all-ASCII word ("window") whose pair is missing
        /// cannot be a first word, whatever its first two letters.
        /// </summary>
        public ulong[] FirstAndLast { get; }

        /// <summary>A first word of one character: single-letter words must then be looked up.</summary>
        public bool HasSingleCharFirstWord { get; }

        public int MinFirstLength { get; }

        public int MaxFirstLength { get; }

        /// <summary>
        /// Default terms, overridden and extended by admin terms. An admin term overrides a default term when its
        /// phrase is the default's name or one of its forms ("negotiate" overrides "negotiation"): the admin's action,
        /// why and preferred word win; the default's inflections stay (with their own replacements only when the
        /// preferred word is unchanged) and the admin's variants are added.
        /// </summary>
        public static Lexicon Build(IEnumerable<VocabularyTerm> defaults, IEnumerable<VocabularyTerm> adminTerms, VocabularyAction? enforcement)
        {
            var terms = new List<VocabularyTerm>(defaults);
            foreach (var admin in adminTerms)
            {
                var key = admin.Key;
                var index = terms.FindIndex(t => t.Key == key || t.Forms.Any(f => f.Key == key));
                if (index < 0)
                {
                    terms.Add(admin);
                    continue;
                }

                terms[index] = Merge(terms[index], admin);
            }

            if (enforcement.HasValue)
            {
                terms = terms.Select(t => t.WithAction(enforcement.Value)).ToList();
            }

            return new Lexicon(terms);
        }

        private static VocabularyTerm Merge(VocabularyTerm existing, VocabularyTerm admin)
        {
            var samePreferred = string.Equals(existing.Preferred, admin.Preferred, StringComparison.OrdinalIgnoreCase);
            var forms = new List<TermForm>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var form in admin.Forms)
            {
                var key = form.Key;
                seen.Add(key);
                var known = existing.Forms.FirstOrDefault(f => f.Key == key);
                if (known == null)
                {
                    forms.Add(form);
                }
                else if (samePreferred && string.Equals(form.Replacement, admin.Preferred, StringComparison.OrdinalIgnoreCase))
                {
                    forms.Add(known); // keep the inflected replacement ("won" → "committed") and the sense rule
                }
                else
                {
                    forms.Add(new TermForm(form.Phrase, form.Replacement, known.Sense));
                }
            }

            foreach (var form in existing.Forms)
            {
                if (seen.Add(form.Key))
                {
                    forms.Add(samePreferred ? form : new TermForm(form.Phrase, admin.Preferred, form.Sense));
                }
            }

            return existing.With(admin.Preferred, admin.Why, admin.Action, forms);
        }

        private static void Add(Dictionary<string, List<PhraseCandidate>> byFirstWord, PhraseCandidate candidate)
        {
            var first = candidate.Form.Words[0];
            if (!byFirstWord.TryGetValue(first, out var list))
            {
                list = new List<PhraseCandidate>();
                byFirstWord.Add(first, list);
            }

            list.Add(candidate);
        }
    }
}
