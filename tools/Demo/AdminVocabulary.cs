using DataverseFunnel.Plugins.Bowtie.Vocabulary;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Demo
{
    /// <summary>
    /// What revenue operations tunes before the demo starts: a vocabulary term row that overrides the default
    /// "churn" term to rewrite instead of block, so sellers' notes are corrected in place rather than refused.
    /// </summary>
    internal static class AdminVocabulary
    {
        public const string Phrase = "churn";

        public static Entity ChurnRewrite() => new(VocabularyColumns.TermTable)
        {
            [VocabularyColumns.TermName] = Phrase,
            [VocabularyColumns.TermPreferred] = "off-board",
            [VocabularyColumns.TermWhy] = "We say 'off-board', not 'churn': a customer who leaves is off-boarded, with a reason we can learn from.",
            [VocabularyColumns.TermAction] = new OptionSetValue((int)VocabularyAction.Rewrite),
            [VocabularyColumns.TermVariants] = "churned=off-boarded, churning=off-boarding, churns=off-boards",
        };
    }
}
