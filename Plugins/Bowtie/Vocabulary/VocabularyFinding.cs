namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>One word or phrase to avoid, found in a text. Positions are in the original string (HTML included).</summary>
    public sealed class VocabularyFinding
    {
        internal VocabularyFinding(string match, string text, int start, int length, string preferred, VocabularyAction action, string why, string term, bool inMarkup)
        {
            Match = match;
            Text = text;
            Start = start;
            Length = length;
            Preferred = preferred;
            Action = action;
            Why = why;
            Term = term;
            InMarkup = inMarkup;
        }

        /// <summary>The text as written, e.g. "Closed-Won" or "closed&amp;nbsp;won".</summary>
        public string Match { get; }

        /// <summary>The match as a reader sees it (entities decoded): "closed won".</summary>
        public string Text { get; }

        public int Start { get; }

        public int Length { get; }

        /// <summary>What to write instead, inflected and cased like the match: "Committed".</summary>
        public string Preferred { get; }

        public VocabularyAction Action { get; }

        /// <summary>The term's reason, in the framework's words.</summary>
        public string Why { get; }

        /// <summary>The lexicon term that matched ("negotiation").</summary>
        public string Term { get; }

        /// <summary>The text is HTML: a rewrite must encode the replacement.</summary>
        internal bool InMarkup { get; }

        public override string ToString() => $"{Start}+{Length} '{Match}' → '{Preferred}' ({Action})";
    }
}
