namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>What happens when a word to avoid is found. Values match the choice <c>bowtie_vocabularyaction</c>.</summary>
    public enum VocabularyAction
    {
        /// <summary>Refuse the save and tell the seller which word to use instead.</summary>
        Block = 269840000,

        /// <summary>Replace the word with the preferred one, keeping its case (Win → Commit, WIN → COMMIT).</summary>
        Rewrite = 269840001,

        /// <summary>Let the save through and only trace the finding.</summary>
        Warn = 269840002,
    }
}
