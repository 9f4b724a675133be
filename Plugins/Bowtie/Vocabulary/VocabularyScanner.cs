using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace DataverseFunnel.Plugins.Bowtie.Vocabulary
{
    /// <summary>
    /// Finds the words to avoid in a text in one pass: a tokenizer reads words as a person does, a prefilter on the
    /// first letter and length drops most of them, and a hashed lookup finds the phrases that start with the rest.
    /// HTML is detected and read as its visible text. On .NET 8+ with AVX-512 or AVX2, plain text of 128 characters or
    /// more is first searched 64 or 32 characters at a time for the lexicon's first words and only those words are read
    /// (PhraseStartSearch): same findings, less work. Immutable and safe to share between threads.
    /// <code>VocabularyScanner.CreateDefault().Scan("We won the deal")</code>
    /// </summary>
    public sealed class VocabularyScanner
    {
        private static readonly VocabularyFinding[] NoFindings = new VocabularyFinding[0];
        private readonly Lexicon lexicon;
        private readonly IReadOnlyList<VocabularyTerm> baseTerms;
        private readonly VocabularyAction? enforcement;
        private readonly bool hasAdminTerms;
#if NET8_0_OR_GREATER
        /// <summary>Below this length the full read is as fast as the vectorized search, which is then not even built.</summary>
        private const int SearchMinLength = 128;

        // Built at the first long text: a plugin makes a scanner per execution when admins have term rows, and most
        // of its texts are short. Building twice in a race is harmless (same result), so no lock.
        private readonly Lazy<PhraseStartSearch?> search;
#endif

        private VocabularyScanner(Lexicon lexicon, IReadOnlyList<VocabularyTerm> baseTerms, VocabularyAction? enforcement, bool hasAdminTerms)
        {
            this.lexicon = lexicon;
            this.baseTerms = baseTerms;
            this.enforcement = enforcement;
            this.hasAdminTerms = hasAdminTerms;
#if NET8_0_OR_GREATER
            search = new Lazy<PhraseStartSearch?>(() => PhraseStartSearch.For(lexicon), LazyThreadSafetyMode.PublicationOnly);
#endif
        }

        /// <summary>The merged, indexed terms (tests drive the matcher with it).</summary>
        internal Lexicon Lexicon => lexicon;

        /// <summary>The terms in force, defaults merged with admin terms.</summary>
        public IReadOnlyList<VocabularyTerm> Terms => lexicon.Terms;

        /// <summary>The framework's default lexicon (commit, trade, grow, off-board).</summary>
        public static VocabularyScanner CreateDefault() => Create(null);

        /// <summary>
        /// The default lexicon overridden and extended by <paramref name="adminTerms"/>. <paramref name="enforcement"/>,
        /// when set, replaces every term's action (e.g. Warn while auditing before switching enforcement on).
        /// </summary>
        public static VocabularyScanner Create(IEnumerable<VocabularyTerm>? adminTerms, VocabularyAction? enforcement = null, bool includeDefaults = true)
        {
            var defaults = includeDefaults ? DefaultLexicon.Terms() : Array.Empty<VocabularyTerm>();
            var admin = adminTerms == null ? new List<VocabularyTerm>() : new List<VocabularyTerm>(adminTerms);
            return new VocabularyScanner(Lexicon.Build(defaults, admin, enforcement), defaults, enforcement, admin.Count > 0);
        }

        /// <summary>
        /// This scanner's defaults (and enforcement) with <paramref name="adminTerms"/> merged in place of any earlier
        /// admin terms. Reuses the built default terms, so a plugin builds the defaults once (in its constructor)
        /// and only indexes the admin's rows per execution; with no admin terms it returns the same scanner.
        /// </summary>
        public VocabularyScanner WithAdminTerms(IReadOnlyCollection<VocabularyTerm> adminTerms)
        {
            if (adminTerms.Count == 0 && !hasAdminTerms)
            {
                return this;
            }

            return new VocabularyScanner(Lexicon.Build(baseTerms, adminTerms, enforcement), baseTerms, enforcement, adminTerms.Count > 0);
        }

        /// <summary>Every word or phrase to avoid in <paramref name="text"/> (plain text or HTML), in order.</summary>
        public IReadOnlyList<VocabularyFinding> Scan(string? text) => Scan(text, usePrefilter: true);

        /// <summary>As <see cref="Scan(string?)"/>; <paramref name="usePrefilter"/> false reads the whole text (tests compare both).</summary>
        internal IReadOnlyList<VocabularyFinding> Scan(string? text, bool usePrefilter)
        {
            if (string.IsNullOrEmpty(text))
            {
                return NoFindings;
            }

#if NET8_0_OR_GREATER
            if (usePrefilter && text!.Length >= SearchMinLength && search.Value is { } vectorized)
            {
                var fast = new PhraseMatcher(lexicon, text!, null);
                if (vectorized.TryScan(text!, fast))
                {
                    return (IReadOnlyList<VocabularyFinding>?)fast.Findings() ?? NoFindings;
                }
            }
#endif
            if (HtmlProjection.LooksLikeHtml(text!))
            {
                List<VocabularyFinding>? all = null;
                var buffer = new char[HtmlProjection.BufferSize];
                for (var start = 0; start < text!.Length;)
                {
                    var chunk = HtmlProjection.Create(text, start, buffer);
                    var found = new PhraseMatcher(lexicon, chunk.Visible, chunk).Run();
                    if (found != null)
                    {
                        all ??= new List<VocabularyFinding>();
                        all.AddRange(found);
                    }

                    start = chunk.End;
                }

                return (IReadOnlyList<VocabularyFinding>?)all ?? NoFindings;
            }

            var matcher = new PhraseMatcher(lexicon, text!, null);
            return (IReadOnlyList<VocabularyFinding>?)matcher.Run() ?? NoFindings;
        }

        /// <summary>
        /// <paramref name="text"/> with each of <paramref name="findings"/> replaced by its preferred word (HTML-encoded
        /// in rich text). Pass the findings of <see cref="Scan"/> for this text, filtered as needed.
        /// </summary>
        public static string Rewrite(string text, IEnumerable<VocabularyFinding> findings)
        {
            var ordered = new List<VocabularyFinding>(findings);
            ordered.Sort((a, b) => a.Start.CompareTo(b.Start));
            var builder = new StringBuilder(text.Length + 16);
            var copied = 0;
            foreach (var finding in ordered)
            {
                if (finding.Start < copied || finding.Start + finding.Length > text.Length)
                {
                    continue; // overlapping or foreign finding: leave the text as it is
                }

                builder.Append(text, copied, finding.Start - copied);
                builder.Append(finding.InMarkup ? HtmlEncode(finding.Preferred) : finding.Preferred);
                copied = finding.Start + finding.Length;
            }

            builder.Append(text, copied, text.Length - copied);
            return builder.ToString();
        }

        private static string HtmlEncode(string text) =>
            text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
    }
}
