namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// One written form of a term ("winning", "closed won") and what replaces it ("committing", "committed").
    /// A phrase form needs no sense rule: "closing date" already says which sense is meant.
    /// </summary>
    internal sealed class TermForm
    {
        public TermForm(string phrase, string replacement, SenseRule? sense = null, string? participle = null, WordTable<string>? participleAfter = null)
        {
            Phrase = phrase;
            Replacement = replacement;
            Sense = sense;
            Participle = participle;
            ParticipleAfter = participleAfter;
            Words = PhraseWords.Split(phrase);
            Key = string.Join(" ", Words);
        }

        /// <summary>The folded words joined by spaces: "closed-won" and "Closed Won" share the key "closed won".</summary>
        public string Key { get; }

        public string Phrase { get; }

        /// <summary>The phrase's words, folded for comparison.</summary>
        public string[] Words { get; }

        public string Replacement { get; }

        /// <summary>Replacement after has/have/had/been…: "has expanded" → "has grown", "we expanded" → "we grew". Null = same.</summary>
        public string? Participle { get; }

        /// <summary>The words after which <see cref="Participle"/> is used (has, have, been…).</summary>
        public WordTable<string>? ParticipleAfter { get; }

        public SenseRule? Sense { get; }
    }
}
