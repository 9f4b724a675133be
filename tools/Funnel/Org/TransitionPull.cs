using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using DataverseFunnel.Metrics;
using DataverseFunnel.OrgClient;
using DataverseFunnel.Plugins.Bowtie.Schema;

namespace DataverseFunnel.Cli.Org
{
    /// <summary>
    /// Streams the org's stage history (bowtie_stagetransition, oldest first) into our transitions CSV, one page in
    /// memory at a time. The file appears only when complete (written beside it, then moved into place), so a rerun
    /// after a failure starts clean; a row seen again on the next page (the org's paging shifted) is written once.
    /// Each transition row carries the motion, campaign and MRR of its moment, so no bowtie_journey read is needed.
    /// </summary>
    internal static class TransitionPull
    {
        public const string EntitySet = "bowtie_stagetransitions";

        private static readonly string Select = string.Join(",",
            StageTransitionColumns.Id, "_" + StageTransitionColumns.Journey + "_value", StageTransitionColumns.FromStage, StageTransitionColumns.ToStage,
            StageTransitionColumns.Exit, StageTransitionColumns.Kind, StageTransitionColumns.MovedOn, StageTransitionColumns.Motion,
            StageTransitionColumns.Campaign, StageTransitionColumns.Mrr);

        /// <summary>The query: every column the CSV needs, in time order, optionally moves between two days (UTC, inclusive).</summary>
        public static string Query(DateOnly? from, DateOnly? to)
        {
            var query = $"{EntitySet}?$select={Select}&$orderby={StageTransitionColumns.MovedOn} asc,{StageTransitionColumns.Id} asc";
            var filters = new List<string>();
            if (from is { } f)
            {
                filters.Add($"{StageTransitionColumns.MovedOn} ge {Instant(f)}");
            }

            if (to is { } t)
            {
                filters.Add($"{StageTransitionColumns.MovedOn} lt {Instant(t.AddDays(1))}");
            }

            return filters.Count == 0 ? query : query + "&$filter=" + string.Join(" and ", filters);
        }

        /// <summary>Pulls into <paramref name="path"/>; returns the moves written.</summary>
        public static async Task<long> PullAsync(WebApiClient client, string path, DateOnly? from, DateOnly? to, TextWriter progress,
            int pageSize = WebApiClient.MaxPageSize, CancellationToken cancellationToken = default)
        {
            var partial = path + ".partial";
            long written = 0;
            long rows = 0;
            var previousPage = new HashSet<Guid>();
            var thisPage = new HashSet<Guid>();
            try
            {
                using (var csv = TransitionCsvWriter.Create(partial))
                {
                    void PageDone(int count)
                    {
                        // Duplicates can only come from the page boundary: remember the last page, not the whole history.
                        (previousPage, thisPage) = (thisPage, previousPage);
                        thisPage.Clear();
                        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"funnel pull: {rows:N0} rows read, {written:N0} moves written"));
                    }

                    await foreach (var row in client.QueryAsync(Query(from, to), pageSize, PageDone, cancellationToken).ConfigureAwait(false))
                    {
                        rows++;
                        var id = row.GetProperty(StageTransitionColumns.Id).GetGuid();
                        if (previousPage.Contains(id) || !thisPage.Add(id))
                        {
                            continue;
                        }

                        if (!TransitionRow.IsMove(Option(row, StageTransitionColumns.Kind)))
                        {
                            continue;
                        }

                        csv.Write(ToMove(row, id));
                        written++;
                    }
                }

                File.Move(partial, path, overwrite: true);
                return written;
            }
            catch
            {
                File.Delete(partial);
                throw;
            }
        }

        private static StageMove ToMove(JsonElement row, Guid id)
        {
            try
            {
                return Map(row);
            }
            catch (Exception e) when (e is ArgumentOutOfRangeException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{EntitySet}({id:D}) cannot be read as a move: {e.Message.Split('\n')[0].Trim()}");
            }
        }

        private static StageMove Map(JsonElement row)
        {
            var journey = row.GetProperty("_" + StageTransitionColumns.Journey + "_value").GetGuid();
            var movedOn = row.GetProperty(StageTransitionColumns.MovedOn).GetDateTimeOffset().UtcDateTime;
            var campaign = row.TryGetProperty(StageTransitionColumns.Campaign, out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            decimal? mrr = row.TryGetProperty(StageTransitionColumns.Mrr, out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDecimal() : null;
            return TransitionRow.ToMove(journey, Option(row, StageTransitionColumns.FromStage), Option(row, StageTransitionColumns.ToStage),
                Option(row, StageTransitionColumns.Exit), movedOn, Option(row, StageTransitionColumns.Motion), campaign, mrr);
        }

        private static int? Option(JsonElement row, string column) =>
            row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

        private static string Instant(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
    }
}
