using System.Collections.Generic;
using System.Globalization;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// What the guard decided for one column's text: refuse (with the seller's message), rewrite (the new text),
    /// or let it through; warnings are for the trace log.
    /// </summary>
    internal sealed class VocabularyVerdict
    {
        private VocabularyVerdict(string? refusal, string? rewritten, IReadOnlyList<VocabularyFinding> warnings)
        {
            Refusal = refusal;
            Rewritten = rewritten;
            Warnings = warnings;
        }

        /// <summary>The message for the seller when a Block term was used; null otherwise.</summary>
        public string? Refusal { get; }

        /// <summary>The text with every Rewrite term replaced; null when nothing was rewritten.</summary>
        public string? Rewritten { get; }

        public IReadOnlyList<VocabularyFinding> Warnings { get; }

        /// <summary>
        /// Scans <paramref name="text"/> of the column labelled <paramref name="label"/> and decides; with
        /// <paramref name="warnOnly"/> (a name column) every finding is only a warning.
        /// </summary>
        public static VocabularyVerdict Judge(VocabularyScanner scanner, string text, string label, bool warnOnly = false)
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
                return new VocabularyVerdict(Message(blocks, label), null, warnings);
            }

            return new VocabularyVerdict(null, rewrites.Count > 0 ? VocabularyScanner.Rewrite(text, rewrites) : null, warnings);
        }

        /// <summary>"We say 'trade', not 'negotiation': … Write 'traded' instead of 'negotiated' in Description."</summary>
        private static string Message(List<VocabularyFinding> blocks, string label)
        {
            var first = blocks[0];
            var message = first.Why + " Write '" + first.Preferred + "' instead of '" + first.Text + "' in " + label;
            var others = new List<string>();
            for (var k = 1; k < blocks.Count && others.Count < 3; k++)
            {
                var pair = "'" + blocks[k].Text + "' → '" + blocks[k].Preferred + "'";
                if (!others.Contains(pair))
                {
                    others.Add(pair);
                }
            }

            if (blocks.Count > 1)
            {
                message += " (" + (blocks.Count - 1).ToString(CultureInfo.InvariantCulture) + " more to change: " + string.Join(", ", others) +
                           (blocks.Count - 1 > others.Count ? ", …" : string.Empty) + ")";
            }

            return message + ", then save again.";
        }
    }
}
