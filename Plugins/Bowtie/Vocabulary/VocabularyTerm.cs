using System;
using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// A word or phrase to avoid, the word we say instead, why, and what to do about it. Admin terms come from
    /// <c>bowtie_vocabularyterm</c> rows: the phrase, each comma-separated variant (an inflection such as "won"),
    /// and, when a variant is written "won=committed", its own replacement; otherwise the preferred word replaces it.
    /// </summary>
    public sealed class VocabularyTerm
    {
        public VocabularyTerm(string phrase, string preferred, string why, VocabularyAction action, IEnumerable<string>? variants = null)
            : this(phrase, preferred, why, action, AdminForms(phrase, preferred, variants), Array.Empty<string>())
        {
        }

        internal VocabularyTerm(
            string phrase, string preferred, string why, VocabularyAction action, IReadOnlyList<TermForm> forms, IReadOnlyList<string> allowedPhrases)
        {
            Key = PhraseWords.Normalize(phrase ?? string.Empty);
            if (Key.Length == 0)
            {
                throw new ArgumentException("A vocabulary term needs a word or phrase to avoid.", nameof(phrase));
            }

            if (string.IsNullOrWhiteSpace(preferred))
            {
                throw new ArgumentException($"The vocabulary term '{phrase}' needs a preferred word.", nameof(preferred));
            }

            if (!Enum.IsDefined(typeof(VocabularyAction), action))
            {
                throw new ArgumentException($"The vocabulary term '{phrase}' has an unknown action {(int)action}.", nameof(action));
            }

            Phrase = phrase!.Trim();
            Preferred = preferred.Trim();
            Why = string.IsNullOrWhiteSpace(why) ? $"We say '{Preferred}', not '{Phrase}'." : why.Trim();
            Action = action;
            Forms = forms;
            AllowedPhrases = allowedPhrases;
            var allowed = new List<TermForm>();
            foreach (var phraseAllowed in allowedPhrases)
            {
                allowed.Add(new TermForm(phraseAllowed, phraseAllowed));
            }

            AllowedForms = allowed;
        }

        /// <summary>The phrase's folded words joined by spaces: what an admin term must equal to override this one.</summary>
        internal string Key { get; }

        /// <summary><see cref="AllowedPhrases"/>, tokenized once.</summary>
        internal IReadOnlyList<TermForm> AllowedForms { get; }

        /// <summary>The word or phrase to avoid, as the lexicon names it ("negotiation").</summary>
        public string Phrase { get; }

        /// <summary>The word we say instead ("trade").</summary>
        public string Preferred { get; }

        /// <summary>The reason, in the framework's words; it is the message a seller sees.</summary>
        public string Why { get; }

        public VocabularyAction Action { get; }

        /// <summary>Every written form the scanner looks for, each with its replacement.</summary>
        internal IReadOnlyList<TermForm> Forms { get; }

        /// <summary>Phrases that contain a form but are fine: "win-win", "click to expand".</summary>
        internal IReadOnlyList<string> AllowedPhrases { get; }

        /// <summary>The same term with another action (an enforcement override).</summary>
        internal VocabularyTerm WithAction(VocabularyAction action) =>
            action == Action ? this : new VocabularyTerm(Phrase, Preferred, Why, action, Forms, AllowedPhrases);


        internal VocabularyTerm With(string preferred, string why, VocabularyAction action, IReadOnlyList<TermForm> forms) =>
            new VocabularyTerm(Phrase, preferred, why, action, forms, AllowedPhrases);

        private static IReadOnlyList<TermForm> AdminForms(string phrase, string preferred, IEnumerable<string>? variants)
        {
            var forms = new List<TermForm> { new TermForm(phrase ?? string.Empty, (preferred ?? string.Empty).Trim()) };
            foreach (var variant in variants ?? Array.Empty<string>())
            {
                if (variant == null)
                {
                    continue;
                }

                var equals = variant.IndexOf('=');
                var form = (equals < 0 ? variant : variant.Substring(0, equals)).Trim();
                var replacement = equals < 0 ? (preferred ?? string.Empty).Trim() : variant.Substring(equals + 1).Trim();
                if (PhraseWords.Split(form).Length > 0)
                {
                    forms.Add(new TermForm(form, replacement.Length == 0 ? (preferred ?? string.Empty).Trim() : replacement));
                }
            }

            return forms;
        }

        /// <summary>Splits a <c>bowtie_variants</c> value ("won, winning, win rate=commit rate").</summary>
        public static IReadOnlyList<string> SplitVariants(string? variants) =>
            string.IsNullOrWhiteSpace(variants) ? Array.Empty<string>() : variants!.Split(new[] { ',', ';', '\n' }, StringSplitOptions.RemoveEmptyEntries);
    }
}
