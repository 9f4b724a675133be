namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>What separates two words.</summary>
    internal enum WordGap
    {
        /// <summary>Spaces, hyphens, slashes: the words can form a phrase.</summary>
        Joiners,

        /// <summary>Commas, quotes, tags…: same sentence, but not one phrase.</summary>
        Punctuation,

        /// <summary>A full stop, question mark, line break…: a new sentence.</summary>
        SentenceEnd,
    }
}
