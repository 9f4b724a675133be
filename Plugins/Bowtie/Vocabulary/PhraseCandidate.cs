namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>A phrase the index holds under its first word: a term's form, or (Term null) a phrase that is fine.</summary>
    internal sealed class PhraseCandidate
    {
        public PhraseCandidate(TermForm form, VocabularyTerm? term)
        {
            Form = form;
            Term = term;
        }

        public TermForm Form { get; }

        /// <summary>Null for an allowed phrase such as "win-win": it is consumed so none of its words is flagged.</summary>
        public VocabularyTerm? Term { get; }

        public int WordCount => Form.Words.Length;
    }
}
