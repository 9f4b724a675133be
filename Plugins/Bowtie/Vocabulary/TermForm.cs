namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// One written form of a term ("winning", "closed won") and what replaces it ("committing", "committed").
    /// A phrase form needs no sense rule: "closing date" already says which sense is meant.
    /// </summary>
    internal sealed class TermForm
    {
        public TermForm(string phrase, string replacement, SenseRule? sense = null, string? participle = null)
        {
            Phrase = phrase;
            Replacement = replacement;
            Sense = sense;
            Participle = participle;
            Words = PhraseWords.Split(phrase);
        }

        public string Phrase { get; }

        /// <summary>The phrase's words, folded for comparison.</summary>
        public string[] Words { get; }

        public string Replacement { get; }

        /// <summary>Replacement after has/have/had/been…: "has expanded" → "has grown", "we expanded" → "we grew". Null = same.</summary>
        public string? Participle { get; }

        public SenseRule? Sense { get; }
    }
}
