using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Poster
{
    /// <summary>
    /// The poster's numbers as text tables, formatted as the poster prints them, for readers who cannot see the picture
    /// (screen readers, README): stages, motions at Prospecting, campaigns at the weakest process, revenue, the sentence.
    /// </summary>
    public static class PosterTable
    {
        /// <summary>The tables as GitHub Markdown.</summary>
        public static string ToMarkdown(BowtieMetrics metrics)
        {
            var text = new StringBuilder();
            foreach (var table in Tables(metrics))
            {
                text.Append("**").Append(table.Caption).Append("**\n\n");
                text.Append("| ").Append(string.Join(" | ", table.Header)).Append(" |\n");
                text.Append('|').Append(string.Concat(table.Header.Select(_ => "---|"))).Append('\n');
                foreach (var row in table.Rows)
                {
                    text.Append("| ").Append(string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
                }

                text.Append('\n');
            }

            return text.Append(Sentence(metrics)).Append('\n').ToString();
        }

        /// <summary>The tables as HTML: a caption and header cells (th scope) on each, so screen readers announce them.</summary>
        public static string ToHtml(BowtieMetrics metrics)
        {
            var html = new StringBuilder();
            foreach (var table in Tables(metrics))
            {
                html.Append("<table>\n<caption>").Append(E(table.Caption)).Append("</caption>\n<thead><tr>");
                html.Append(string.Concat(table.Header.Select(h => $"<th scope=\"col\">{E(h)}</th>"))).Append("</tr></thead>\n<tbody>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr><th scope=\"row\">").Append(E(row[0])).Append("</th>");
                    html.Append(string.Concat(row.Skip(1).Select(c => $"<td>{E(c)}</td>"))).Append("</tr>\n");
                }

                html.Append("</tbody>\n</table>\n");
            }

            return html.Append("<p>").Append(E(Sentence(metrics))).Append("</p>\n").ToString();
        }

        private static string E(string text) => WebUtility.HtmlEncode(text);

        private static string Sentence(BowtieMetrics metrics) =>
            (metrics.Weakest is { } w && w.Conversion < w.Target ? "Weakest link: " : "Nearest to its target: ")
            + (metrics.Weakest?.Sentence ?? "No process has journeys to measure yet.");

        private static IEnumerable<TextTable> Tables(BowtieMetrics metrics)
        {
            var stages = metrics.Stages;
            yield return new TextTable("The bowtie: journeys that reached each stage, and the process to the next",
                new[] { "Stage", "Journeys", "Process to next", "Conversion", "Median days", "p75 days" },
                stages.Select((s, k) => new[]
                {
                    s.Stage.Name(), PosterText.Count(s.Volume),
                    k < stages.Count - 1 ? BowtieVocabulary.ProcessFrom(s.Stage) : "–",
                    PosterText.Percent(s.ConversionToNext), PosterText.Days(s.MedianDaysToNext), PosterText.Days(s.P75DaysToNext),
                }).ToList());

            var mql = BowtieModel.Position(BowtieStage.Mql);
            yield return new TextTable("Prospecting by motion (MQL → SQL)", new[] { "Motion", "At MQL", "Reached SQL", "Conversion" },
                metrics.ByMotion.Where(g => g.Key != "(none)").Select(g => new[]
                {
                    g.Key, PosterText.Count(g.Value[mql].Volume), PosterText.Count(g.Value[mql + 1].Volume), PosterText.Percent(g.Value[mql].ConversionToNext),
                }).ToList());

            var from = metrics.Weakest?.From ?? BowtieStage.Mql;
            var k = BowtieModel.Position(from);
            var next = BowtieVocabulary.StageAt(k + 1).Name();
            yield return new TextTable($"Campaigns at {BowtieVocabulary.ProcessFrom(from)} ({from.Name()} → {next})",
                new[] { "Campaign", $"At {from.Name()}", $"Reached {next}", "Conversion" },
                metrics.ByCampaign.Where(g => g.Key != "(none)" && g.Value[k].Volume > 0).OrderByDescending(g => g.Value[k].Volume)
                    .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => new[]
                    {
                        g.Key, PosterText.Count(g.Value[k].Volume), PosterText.Count(g.Value[k + 1].Volume),
                        PosterText.Percent(g.Value[k].ConversionToNext) + (g.Value[k].Volume < GroupGap.MinimumGroup ? " (too few to judge)" : string.Empty),
                    }).ToList());

            var r = metrics.Recurring;
            yield return new TextTable("Recurring revenue", new[] { "Figure", "Value" }, new List<string[]>
            {
                new[] { "MRR now", PosterText.Money(r.Mrr) },
                new[] { "ARR (12 × MRR)", PosterText.Money(r.Arr) },
                new[] { "NRR", PosterText.Percent(r.Nrr) },
                new[] { "GRR", PosterText.Percent(r.Grr) },
                new[] { "LTV to date", PosterText.Money(r.Ltv) },
                new[] { "Off-boarded", PosterText.Count(r.OffBoarded) },
                new[] { "Lost MRR", PosterText.Money(r.LostMrr) },
            });
        }

        private sealed record TextTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows);
    }
}
