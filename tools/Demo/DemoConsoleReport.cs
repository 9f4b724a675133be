using System.IO;
using System.Linq;
using DataverseFunnel.Metrics;

namespace DataverseFunnel.Demo
{
    /// <summary>Prints a demo run: the bowtie table, what the bowtie refused and why, and the files written.</summary>
    internal static class DemoConsoleReport
    {
        public static void Write(DemoReport report, TextWriter output)
        {
            output.WriteLine();
            BowtieTable.Write(report.Metrics, output);
            output.WriteLine();

            var refused = report.Outcomes.Where(o => o.Refused).ToList();
            output.WriteLine($"Refused by the bowtie: {refused.Count:N0} of {report.Outcomes.Count:N0} actions");
            foreach (var group in refused.Where(o => o.RefusalExpected).GroupBy(o => o.Action.Kind).OrderBy(g => g.Key))
            {
                output.WriteLine($"  {group.Count(),5:N0} × {Describe(group.Key)}, e.g. \"{group.First().Message}\"");
            }

            var rewritten = report.Outcomes.Where(o => o.Rewritten is not null).ToList();
            if (rewritten.Count > 0)
            {
                output.WriteLine($"Rewritten by an admin's vocabulary term: {rewritten.Count:N0} descriptions, e.g. \"{rewritten[0].Rewritten}\"");
            }

            var unexpected = refused.Where(o => !o.RefusalExpected).ToList();
            if (unexpected.Count > 0)
            {
                output.WriteLine($"  {unexpected.Count,5:N0} × refused although the plan allowed them, e.g. {unexpected[0].Action.Kind}: \"{unexpected[0].Message}\"");
            }

            output.WriteLine();
            output.WriteLine("Wrote:");
            foreach (var file in report.Files)
            {
                output.WriteLine($"  {file}");
            }
        }

        private static string Describe(PlannedActionKind kind) => kind switch
        {
            PlannedActionKind.WriteDescription => "description in words the vocabulary guard blocks (reworded and saved)",
            PlannedActionKind.AttemptSkip => "attempted skip past a stage",
            PlannedActionKind.AttemptCommitWithoutTrade => "attempted Commit before the trade was done",
            PlannedActionKind.AttemptBackFromCommit => "attempted move back from Commit",
            _ => kind.ToString(),
        };
    }
}
