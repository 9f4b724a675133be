using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 3 §7: the vocabulary scan with the default lexicon on ~1 MB of plain English (≥ 100 MB/s, ≥ 5× the
    /// obvious baseline: one case-insensitive, whole-word Regex per lexicon term with all its forms as alternatives,
    /// interpreted, run in turn), and a 1 MB rich-text description (≤ 20 ms). MB/s = 1.0 MB (ASCII text, 1,000,000
    /// bytes) / time. For context: one regex per form (31, run in turn) and the per-term regexes compiled.
    /// The regexes only detect words (no sense rules, HTML or Unicode reading), so they report more matches.
    /// </summary>
    [MemoryDiagnoser]
    public class VocabularyBenchmarks
    {
        private const int Size = 1_000_000;
        private VocabularyScanner scanner = null!;
        private Regex[] regexPerPhrase = Array.Empty<Regex>();
        private Regex[] regexPerFamily = Array.Empty<Regex>();
        private Regex[] regexPerFamilyCompiled = Array.Empty<Regex>();
        private string plainText = string.Empty;
        private string htmlDescription = string.Empty;

        [GlobalSetup]
        public void Setup()
        {
            PluginBuildCheck.RequireModernBuild();
            scanner = VocabularyScanner.CreateDefault();
            plainText = VocabularyText.PlainEnglish(Size, seed: 2026);
            htmlDescription = VocabularyText.HtmlDescription(1_048_576, seed: 7);
            regexPerPhrase = scanner.Terms.SelectMany(FormsOf)
                .Select(form => new Regex(@"\b" + Pattern(form) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                .ToArray();
            regexPerFamily = FamilyRegexes(RegexOptions.None);
            regexPerFamilyCompiled = FamilyRegexes(RegexOptions.Compiled);
        }

        /// <summary>The obvious way (issue 3 §7): for each term, a case-insensitive whole-word Regex of its forms, run in turn.</summary>
        [Benchmark(Baseline = true)]
        public int RegexPerTerm_PlainEnglish1MB() => CountAll(regexPerFamily, plainText);

        [Benchmark]
        public int RegexPerForm_PlainEnglish1MB() => CountAll(regexPerPhrase, plainText);

        [Benchmark]
        public int RegexPerTermCompiled_PlainEnglish1MB() => CountAll(regexPerFamilyCompiled, plainText);

        [Benchmark]
        public int Scanner_PlainEnglish1MB() => scanner.Scan(plainText).Count;

        [Benchmark]
        public int Scanner_HtmlDescription1MB() => scanner.Scan(htmlDescription).Count;

        private static int CountAll(Regex[] regexes, string text)
        {
            var count = 0;
            foreach (var regex in regexes)
            {
                for (var match = regex.Match(text); match.Success; match = match.NextMatch())
                {
                    count++;
                }
            }

            return count;
        }

        private Regex[] FamilyRegexes(RegexOptions extra) => scanner.Terms
            .Select(term => new Regex(
                @"\b(?:" + string.Join("|", FormsOf(term).OrderByDescending(f => f.Length).Select(Pattern)) + @")\b",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | extra))
            .ToArray();

        private static string Pattern(string phrase) => string.Join(@"[\s\-/]+", phrase.Split(' ').Select(Regex.Escape));

        /// <summary>The words and phrases a person would list for each default term.</summary>
        private static IEnumerable<string> FormsOf(VocabularyTerm term)
        {
            switch (term.Phrase)
            {
                case "win": return new[] { "win", "wins", "winning", "won", "win rate" };
                case "close": return new[] { "close", "closes", "closed", "closing", "closed won", "closed lost", "close rate", "close date", "closing date" };
                case "negotiation": return new[] { "negotiate", "negotiates", "negotiated", "negotiating", "negotiation", "negotiations" };
                case "expansion": return new[] { "expand", "expands", "expanded", "expanding", "expansion", "expansions" };
                case "churn": return new[] { "churn", "churns", "churned", "churning", "churn rate" };
                default: return new[] { term.Phrase };
            }
        }
    }
}
