using System.Collections.Generic;
using System.Globalization;
using DataverseFunnel.Plugins.Bowtie.Localization;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// What the guard decided for one column's text: refuse (with the seller's message), rewrite (the new text),
    /// or let it through; warnings are for the trace log.
    /// </summary>
    internal sealed class VocabularyVerdict
    {
        private VocabularyVerdict(SellerText? refusal, string? rewritten, IReadOnlyList<VocabularyFinding> warnings)
        {
            Refusal = refusal;
            Rewritten = rewritten;
            Warnings = warnings;
        }

        /// <summary>The message for the seller, in each language, when a Block term was used; null otherwise.</summary>
        public SellerText? Refusal { get; }

        /// <summary>The text with every Rewrite term replaced; null when nothing was rewritten.</summary>
        public string? Rewritten { get; }

        public IReadOnlyList<VocabularyFinding> Warnings { get; }

        /// <summary>
        /// Scans <paramref name="text"/> of <paramref name="column"/> in <paramref name="table"/> and decides; with
        /// <paramref name="warnOnly"/> (a name column) every finding is only a warning.
        /// </summary>
        public static VocabularyVerdict Judge(VocabularyScanner scanner, string text, string table, string column, bool warnOnly = false)
        {
            var findings = scanner.Scan(text);
            if (warnOnly)
            {
                return new VocabularyVerdict(null, null, findings);
            }

            var blocks = new List<VocabularyFinding>();
            var rewrites = new List<VocabularyFinding>();
            var warnings = new List<VocabularyFinding>();
            foreach (var finding in findings)
            {
                var list = finding.Action == VocabularyAction.Block ? blocks : finding.Action == VocabularyAction.Rewrite ? rewrites : warnings;
                list.Add(finding);
            }

            if (blocks.Count > 0)
            {
                return new VocabularyVerdict(
                    new SellerText(Message(blocks, VocabularyColumns.Label(table, column)), MessageFr(blocks, FrenchLabels.Column(column))), null, warnings);
            }

            return new VocabularyVerdict(null, rewrites.Count > 0 ? VocabularyScanner.Rewrite(text, rewrites) : null, warnings);
        }

        /// <summary>"We say 'trade', not 'negotiation': … Write 'traded' instead of 'negotiated' in Description, then save again."</summary>
        private static string Message(List<VocabularyFinding> blocks, string label) =>
            blocks[0].Why + " Write '" + blocks[0].Preferred + "' instead of '" + blocks[0].Text + "' in " + label +
            Others(blocks, " more to change: ") + ", then save again.";

        /// <summary>The same in French; a default term's reason in French, an admin's term's reason as the admin wrote it.</summary>
        private static string MessageFr(List<VocabularyFinding> blocks, string label) =>
            FrenchWhy(blocks[0]) + " Écrivez '" + blocks[0].Preferred + "' au lieu de '" + blocks[0].Text + "' dans " + label +
            Others(blocks, " autre(s) à changer : ") + ", puis enregistrez de nouveau.";

        private static string FrenchWhy(VocabularyFinding finding)
        {
            foreach (var term in DefaultLexicon.Terms())
            {
                if (term.Phrase == finding.Term && term.Why == finding.Why)
                {
                    return DefaultLexicon.FrenchWhy(finding.Term) ?? finding.Why;
                }
            }

            return finding.Why;
        }

        /// <summary>" (2 more to change: 'won' → 'committed', 'churned' → 'off-boarded')", or nothing for one finding.</summary>
        private static string Others(List<VocabularyFinding> blocks, string moreToChange)
        {
            if (blocks.Count < 2)
            {
                return string.Empty;
            }

            var others = new List<string>();
            for (var k = 1; k < blocks.Count && others.Count < 3; k++)
            {
                var pair = "'" + blocks[k].Text + "' → '" + blocks[k].Preferred + "'";
                if (!others.Contains(pair))
                {
                    others.Add(pair);
                }
            }

            return " (" + (blocks.Count - 1).ToString(CultureInfo.InvariantCulture) + moreToChange + string.Join(", ", others) +
                   (blocks.Count - 1 > others.Count ? ", …" : string.Empty) + ")";
        }
    }
}
