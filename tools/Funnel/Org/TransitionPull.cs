using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
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
    /// Pages are read as bytes, forward-only, one pass per row.
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
            try
            {
                long written;
                using (var csv = TransitionCsvWriter.Create(partial))
                {
                    var rows = new RowWriter(csv);
                    WebApiRowReader read = rows.Read;
                    long count = 0;
                    await foreach (var page in client.QueryPagesAsync(Query(from, to), pageSize, cancellationToken).ConfigureAwait(false))
                    {
                        count += page.ReadRows(read);
                        rows.PageDone();
                        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"funnel pull: {count:N0} rows read, {rows.Written:N0} moves written"));
                    }

                    rows.Flush();
                    written = rows.Written;
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

        /// <summary>
        /// Maps each row in one forward pass over its properties (no document tree, no look-up per column) and writes it
        /// to the CSV unless it is a correction or a row already written.
        /// </summary>
        private sealed class RowWriter
        {
            // The columns read, in the order the org usually sends them (so the first name tried matches).
            private static readonly byte[][] Names =
            {
                Utf8(StageTransitionColumns.Id), Utf8("_" + StageTransitionColumns.Journey + "_value"), Utf8(StageTransitionColumns.FromStage),
                Utf8(StageTransitionColumns.ToStage), Utf8(StageTransitionColumns.Exit), Utf8(StageTransitionColumns.Kind),
                Utf8(StageTransitionColumns.MovedOn), Utf8(StageTransitionColumns.Motion), Utf8(StageTransitionColumns.Campaign),
                Utf8(StageTransitionColumns.Mrr),
            };

            private const int Id = 0, Journey = 1, FromStage = 2, ToStage = 3, Exit = 4, Kind = 5, MovedOn = 6, Motion = 7, Campaign = 8, Mrr = 9;

            // Rows one save wrote at one instant come in id order, which is random: they are written in recording order.
            private readonly SameInstantOrder moves;

            // A row repeated by the org's paging (rows shifted between two requests) repeats one of the previous page, so
            // it is at or before that page's latest instant: only such rows are looked up, in a set built when the first
            // one arrives. Rows after it (nearly all) cost one comparison.
            private List<Guid> previousPage = new(WebApiClient.MaxPageSize);
            private List<Guid> thisPage = new(WebApiClient.MaxPageSize);
            private readonly HashSet<Guid> previousPageSet = new();
            private DateTime? previousPageLatest;
            private DateTime? thisPageLatest;

            public RowWriter(TransitionCsvWriter csv) => moves = new SameInstantOrder(move => csv.Write(move));

            /// <summary>Writes the moves of the last instant read.</summary>
            public void Flush() => moves.Flush();

            public long Written { get; private set; }

            /// <summary>Duplicates can only come from the page boundary: remember the last page, not the whole history.</summary>
            public void PageDone()
            {
                (previousPage, thisPage) = (thisPage, previousPage);
                thisPage.Clear();
                previousPageSet.Clear();
                previousPageLatest = thisPageLatest;
                thisPageLatest = null;
            }

            /// <summary>Whether the row was written from the previous page; remembers it for the next.</summary>
            private bool Repeats(Guid id, DateTime? movedOn)
            {
                thisPage.Add(id);
                if (movedOn is { } at && !(thisPageLatest >= at))
                {
                    thisPageLatest = at;
                }

                if (previousPage.Count == 0 || movedOn > previousPageLatest)
                {
                    return false;
                }

                if (previousPageSet.Count == 0)
                {
                    previousPageSet.UnionWith(previousPage);
                }

                return previousPageSet.Contains(id);
            }

            // Called once per row from the first page on: compiled optimized at once, not after a slow first tier.
            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public void Read(ref Utf8JsonReader row)
            {
                Guid? id = null, journey = null;
                int? from = null, to = null, exit = null, kind = null, motion = null;
                DateTime? movedOn = null;
                string? campaign = null, problem = null;
                decimal? mrr = null;
                var expected = 0;
                while (row.Read() && row.TokenType == JsonTokenType.PropertyName)
                {
                    var column = Column(ref row, expected);
                    row.Read();
                    expected = column + 1;
                    try
                    {
                        switch (column)
                        {
                            case Id: id = row.GetGuid(); break;
                            case Journey: journey = row.TokenType == JsonTokenType.Null ? null : row.GetGuid(); break;
                            case FromStage: from = Option(ref row); break;
                            case ToStage: to = Option(ref row); break;
                            case Exit: exit = Option(ref row); break;
                            case Kind: kind = Option(ref row); break;
                            case MovedOn: movedOn = row.TokenType == JsonTokenType.Null ? null : row.GetDateTimeOffset().UtcDateTime; break;
                            case Motion: motion = Option(ref row); break;
                            case Campaign: campaign = row.TokenType == JsonTokenType.String ? row.GetString() : null; break;
                            case Mrr: mrr = row.TokenType == JsonTokenType.Number ? row.GetDecimal() : null; break;
                            default: row.Skip(); break;
                        }
                    }
                    catch (Exception e) when (e is FormatException or InvalidOperationException)
                    {
                        problem ??= $"{Encoding.UTF8.GetString(Names[column])}: {e.Message}";
                    }
                }

                if (id is not { } key)
                {
                    throw new InvalidDataException($"A {EntitySet} row has no readable {StageTransitionColumns.Id}{(problem is null ? string.Empty : ": " + problem)}");
                }

                if (Repeats(key, movedOn) || !TransitionRow.IsMove(kind))
                {
                    return;
                }

                problem ??= journey is null ? $"no {StageTransitionColumns.Journey}" : movedOn is null ? $"no {StageTransitionColumns.MovedOn}" : null;
                try
                {
                    if (problem is null)
                    {
                        moves.Add(TransitionRow.ToMove(journey!.Value, from, to, exit, movedOn!.Value, motion, campaign, mrr));
                        Written++;
                        return;
                    }
                }
                catch (ArgumentOutOfRangeException e)
                {
                    problem = e.Message.Split('\n')[0].Trim();
                }

                throw new InvalidDataException($"{EntitySet}({key:D}) cannot be read as a move: {problem}");
            }

            /// <summary>The index of the property the reader is on (-1: not read), trying the expected one first.</summary>
            private static int Column(ref Utf8JsonReader row, int expected)
            {
                if (expected < Names.Length && row.ValueTextEquals(Names[expected]))
                {
                    return expected;
                }

                for (var i = 0; i < Names.Length; i++)
                {
                    if (row.ValueTextEquals(Names[i]))
                    {
                        return i;
                    }
                }

                return -1;
            }

            private static int? Option(ref Utf8JsonReader row) => row.TokenType == JsonTokenType.Number ? row.GetInt32() : null;

            private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
        }

        private static string Instant(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
    }
}
