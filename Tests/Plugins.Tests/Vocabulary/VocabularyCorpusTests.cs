using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;
using Microsoft.Xrm.Sdk;
using Xunit.Abstractions;
using static DataverseFunnel.Plugins.Tests.Vocabulary.VocabularyOrg;

namespace DataverseFunnel.Plugins.Tests.Vocabulary
{
    /// <summary>
    /// The vocabulary trade-off, measured: every line of Corpus/vocabulary-corpus.tsv is saved through the guard's
    /// registered steps with the default configuration. Flagged = refused (descriptions, reasons) or warned (names,
    /// campaigns). Catch rate = flagged violations / violations; false-alarm rate = flagged look-alikes / look-alikes.
    /// </summary>
    public class VocabularyCorpusTests
    {
        private const double MinCatchRate = 0.95;
        private const double MaxFalseAlarmRate = 0.10;
        private readonly ITestOutputHelper output;

        public VocabularyCorpusTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void DefaultGuard_OnTheCorpus_CatchesViolationsAndRarelyFlagsLookAlikes()
        {
            var lines = Corpus();
            var outcomes = lines.Select(l => (Line: l, Outcome: Save(l))).ToList();

            var violations = outcomes.Where(o => o.Line.IsViolation).ToList();
            var lookAlikes = outcomes.Where(o => !o.Line.IsViolation).ToList();
            var catchRate = (double)violations.Count(o => o.Outcome != Outcome.Saved) / violations.Count;
            var falseAlarmRate = (double)lookAlikes.Count(o => o.Outcome != Outcome.Saved) / lookAlikes.Count;
            output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "corpus: {0} violations, {1} look-alikes; catch rate {2:P1}, false-alarm rate {3:P1}",
                violations.Count, lookAlikes.Count, catchRate, falseAlarmRate));
            foreach (var miss in outcomes.Where(o => o.Line.IsViolation == (o.Outcome == Outcome.Saved)))
            {
                output.WriteLine((miss.Line.IsViolation ? "missed: " : "false alarm: ") + miss.Line.Column + ": " + miss.Line.Text);
            }

            Assert.True(violations.Count >= 30 && lookAlikes.Count >= 30, "the corpus needs at least 30 lines of each label");
            Assert.True(catchRate >= MinCatchRate, $"catch rate {catchRate:P1} is below {MinCatchRate:P0}");
            Assert.True(falseAlarmRate <= MaxFalseAlarmRate, $"false-alarm rate {falseAlarmRate:P1} is above {MaxFalseAlarmRate:P0}");
        }

        [Fact]
        public void DefaultGuard_OnTheCorpus_NeverBlocksANameAndBlocksEveryFlaggedDescription()
        {
            foreach (var line in Corpus())
            {
                var outcome = Save(line);
                if (line.IsName)
                {
                    Assert.NotEqual(Outcome.Refused, outcome);
                }
                else
                {
                    Assert.NotEqual(Outcome.Warned, outcome);
                }
            }
        }

        private enum Outcome
        {
            Saved,
            Warned,
            Refused,
        }

        private static Outcome Save(CorpusLine line)
        {
            var org = VocabularyOrg.Create();
            var journey = line.Column == "bowtie_name" ? Journey((line.Column, line.Text)) : Journey(("bowtie_name", "Contoso"), (line.Column, line.Text));
            try
            {
                org.CreateService().Create(journey);
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
            {
                return Outcome.Refused;
            }

            return org.Traces.Any(t => t.Contains("Vocabulary warning in " + line.Column)) ? Outcome.Warned : Outcome.Saved;
        }

        private static List<CorpusLine> Corpus()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Vocabulary", "Corpus", "vocabulary-corpus.tsv");
            var lines = new List<CorpusLine>();
            foreach (var raw in File.ReadAllLines(path))
            {
                if (raw.Length == 0 || raw.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                var fields = raw.Split('\t');
                Assert.True(fields.Length == 3 && (fields[0] == "violation" || fields[0] == "look-alike"), "malformed corpus line: " + raw);
                lines.Add(new CorpusLine(fields[0] == "violation", Column(fields[1]), fields[2]));
            }

            return lines;
        }

        private static string Column(string kind)
        {
            switch (kind)
            {
                case "name": return "bowtie_name";
                case "campaign": return "bowtie_campaign";
                case "description": return "bowtie_description";
                case "reason": return "bowtie_movereason";
                default: throw new InvalidDataException("unknown corpus column " + kind);
            }
        }

        private sealed class CorpusLine
        {
            public CorpusLine(bool isViolation, string column, string text)
            {
                IsViolation = isViolation;
                Column = column;
                Text = text;
            }

            public bool IsViolation { get; }

            public string Column { get; }

            public string Text { get; }

            public bool IsName => VocabularyColumns.NameColumns().Contains(Column);
        }
    }
}
