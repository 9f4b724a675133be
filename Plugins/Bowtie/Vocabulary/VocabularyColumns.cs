using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Schema;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// The tables and text columns the vocabulary guard reads, with the labels a seller sees on the form, and the
    /// columns of the admin's <c>bowtie_vocabularyterm</c> table.
    /// </summary>
    public static class VocabularyColumns
    {
        public const string TermTable = "bowtie_vocabularyterm";
        public const string TermName = "bowtie_name";
        public const string TermPreferred = "bowtie_preferred";
        public const string TermWhy = "bowtie_why";
        public const string TermAction = "bowtie_action";
        public const string TermVariants = "bowtie_variants";
        public const string TermState = "statecode";

        public const string JourneyTable = JourneyColumns.Table;
        public const string TransitionTable = StageTransitionColumns.Table;

        /// <summary>The guarded text columns of <paramref name="table"/>; empty for any other table.</summary>
        public static IReadOnlyList<string> TextColumns(string table)
        {
            switch (table)
            {
                case JourneyTable: return new[] { JourneyColumns.Name, JourneyColumns.Description, JourneyColumns.MoveReason, JourneyColumns.Campaign };
                case TransitionTable: return new[] { StageTransitionColumns.Reason, StageTransitionColumns.Name };
                default: return new string[0];
            }
        }

        /// <summary>The columns that hold proper nouns (a journey's name, a campaign's name): warned, not blocked, by default.</summary>
        public static IReadOnlyList<string> NameColumns() => new[] { JourneyColumns.Name, JourneyColumns.Campaign };

        /// <summary>Every guarded column of every table (for validating a configuration).</summary>
        public static IReadOnlyList<string> AllTextColumns() =>
            new[] { JourneyColumns.Name, JourneyColumns.Description, JourneyColumns.MoveReason, JourneyColumns.Campaign, StageTransitionColumns.Reason };

        /// <summary>The column's label on the form, for messages.</summary>
        public static string Label(string table, string column)
        {
            switch (column)
            {
                case "bowtie_name": return "Name";
                case "bowtie_description": return "Description";
                case "bowtie_movereason": return "Move reason";
                case "bowtie_campaign": return "Campaign";
                case "bowtie_reason": return "Reason";
                default: return column;
            }
        }
    }
}
