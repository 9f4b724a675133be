using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>What the vocabulary step enforces, from its unsecure configuration (see <see cref="VocabularyGuardOptionsReader"/>).</summary>
    internal sealed class VocabularyGuardOptions
    {
        public VocabularyGuardOptions(VocabularyAction? enforcement, IReadOnlyList<string>? columns, bool useDefaultTerms, IReadOnlyList<string>? warnColumns = null)
        {
            Enforcement = enforcement;
            Columns = columns;
            UseDefaultTerms = useDefaultTerms;
            // Read-only copy: Default is shared by every step instance, so nothing may change it.
            WarnColumns = new ReadOnlyCollection<string>((warnColumns ?? VocabularyColumns.NameColumns()).ToArray());
        }

        /// <summary>Each term's own action, no columns restriction, default terms on, names only warned.</summary>
        public static VocabularyGuardOptions Default { get; } = new VocabularyGuardOptions(null, null, true);

        /// <summary>Replaces every term's action when set ("warn" while auditing, before switching enforcement on).</summary>
        public VocabularyAction? Enforcement { get; }

        /// <summary>Only these columns are checked; null = every guarded text column of the table.</summary>
        public IReadOnlyList<string>? Columns { get; }

        /// <summary>
        /// Columns where every finding is only a warning (traced), never a block or a rewrite: names are proper nouns
        /// ("Win-back Q3 2026", "Expand your reach webinar"). Default: the journey's name and campaign.
        /// </summary>
        public IReadOnlyList<string> WarnColumns { get; }

        /// <summary>Whether the framework's default lexicon applies, besides the admin's terms.</summary>
        public bool UseDefaultTerms { get; }
    }
}
