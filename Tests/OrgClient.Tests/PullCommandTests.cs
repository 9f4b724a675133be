using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using DataverseFunnel.Cli.Commands;
using DataverseFunnel.Metrics;
using DataverseFunnel.OrgClient.Tests.TestSupport;

namespace DataverseFunnel.OrgClient.Tests
{
    public sealed class PullCommandTests : IDisposable
    {
        private const int Prospect = 269840000;
        private const int Mql = 269840001;
        private const int Inbound = 269840000;
        private const int Correction = 269840005;
        private readonly string directory = Directory.CreateTempSubdirectory("orgclient-pull-").FullName;

        public void Dispose() => Directory.Delete(directory, recursive: true);

        [Fact]
        public void Pulls_every_page_in_time_order_into_the_transitions_csv()
        {
            var rows = Rows(5);
            var handler = Pages(rows, pageSize: 2);
            var path = Path.Combine(directory, "transitions.csv");

            var (exit, output, error) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), handler,
                "--org", Org.Url, "--token", Org.Token, "--out", path, "--page-size", "2");

            Assert.Equal(0, exit);
            Assert.Contains("5 moves", output, StringComparison.Ordinal);
            Assert.Contains("funnel pull: 5 rows read, 5 moves written", error, StringComparison.Ordinal);
            Assert.Equal(Expected(rows), File.ReadAllText(path));
            Assert.False(File.Exists(path + ".partial"));
            var first = handler.Ordered[0];
            Assert.Equal("/api/data/v9.2/bowtie_stagetransitions", first.Uri.AbsolutePath);
            Assert.Contains("$orderby=bowtie_movedon%20asc,bowtie_stagetransitionid%20asc", first.Uri.Query, StringComparison.Ordinal);
            Assert.Contains("_bowtie_journeyid_value", first.Uri.Query, StringComparison.Ordinal);
            Assert.Equal("odata.maxpagesize=2", first.Headers["Prefer"]);
        }

        [Fact]
        public void Corrections_are_left_out_and_a_row_repeated_across_pages_is_written_once()
        {
            var rows = Rows(4);
            rows[3] = rows[3] with { Kind = Correction };
            var pages = new[] { rows.Take(2).ToList(), new[] { rows[1], rows[2], rows[3] }.ToList() };
            var handler = new ScriptedHandler((r, i) => Page(pages[i], i + 1 < pages.Length ? i + 1 : null, 2));
            var path = Path.Combine(directory, "t.csv");

            var (exit, _, _) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), handler, "--org", Org.Url, "--token", Org.Token, "--out", path);

            Assert.Equal(0, exit);
            Assert.Equal(Expected(rows.Take(3).ToList()), File.ReadAllText(path));
        }

        [Theory]
        // The org's paging shifted back a whole page: every row of the second page was on the first.
        [InlineData(false)]
        // Rows of one instant straddle the boundary, and the repeat is not the first page's last row.
        [InlineData(true)]
        public void Rows_repeated_from_anywhere_in_the_previous_page_are_written_once(bool oneInstant)
        {
            var rows = Rows(5);
            if (oneInstant)
            {
                rows = rows.Select(r => r with { MovedOn = rows[0].MovedOn }).ToList();
            }

            var pages = new[] { rows.Take(3).ToList(), new[] { rows[0], rows[1], rows[3] }.ToList(), new[] { rows[3], rows[4] }.ToList() };
            var handler = new ScriptedHandler((r, i) => Page(pages[i], i + 1 < pages.Length ? i + 1 : null, 3));
            var path = Path.Combine(directory, "t.csv");

            var (exit, _, error) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), handler, "--org", Org.Url, "--token", Org.Token, "--out", path);

            Assert.True(exit == 0, error);
            var written = File.ReadAllLines(path).Skip(1).ToList();
            Assert.Equal(5, written.Count);
            Assert.Equal(written.Count, written.Distinct().Count());
            if (!oneInstant)
            {
                Assert.Equal(Expected(rows), File.ReadAllText(path));
            }
        }

        [Fact]
        public void A_connection_dropped_mid_page_still_gives_a_complete_duplicate_free_file()
        {
            var rows = Rows(6);
            var dropped = false;
            var handler = new ScriptedHandler((r, i) =>
            {
                var page = PageIndex(r.Uri);
                if (page == 1 && !dropped)
                {
                    dropped = true;
                    // Headers came, then the connection died while the body was read.
                    return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new TrickleStream("{\"value\":[{\"bowtie_stage"u8.ToArray(), int.MaxValue, failAfter: 24)) };
                }

                return Page(rows.Skip(page * 2).Take(2).ToList(), page < 2 ? page + 1 : null, 2);
            });
            var path = Path.Combine(directory, "t.csv");

            var (exit, _, error) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), handler,
                "--org", Org.Url, "--token", Org.Token, "--out", path, "--page-size", "2");

            Assert.True(exit == 0, error);
            Assert.True(dropped);
            Assert.Equal(Expected(rows), File.ReadAllText(path));
        }

        [Fact]
        public void A_throttled_pull_completes_and_never_calls_before_retry_after()
        {
            var rows = Rows(4);
            var pages = Pages(rows, 2);
            var throttledAt = DateTimeOffset.MinValue;
            var handler = new ScriptedHandler(async (r, i) =>
            {
                if (i == 1)
                {
                    throttledAt = r.At;
                    return ScriptedHandler.Throttled(TimeSpan.FromSeconds(1));
                }

                return await new HttpMessageInvoker(pages).SendAsync(new HttpRequestMessage(r.Method, r.Uri), default);
            });
            var path = Path.Combine(directory, "t.csv");

            var (exit, _, error) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), handler,
                "--org", Org.Url, "--token", Org.Token, "--out", path, "--page-size", "2");

            Assert.True(exit == 0, error);
            Assert.Equal(Expected(rows), File.ReadAllText(path));
            var retry = handler.Ordered[2];
            Assert.Equal(handler.Ordered[1].Uri, retry.Uri);
            Assert.True(retry.At - throttledAt >= TimeSpan.FromSeconds(1), $"called again {(retry.At - throttledAt).TotalMilliseconds} ms after a 429 asking for 1 s");
        }

        [Fact]
        public void A_failed_pull_leaves_the_previous_file_untouched_and_no_partial_file()
        {
            var path = Path.Combine(directory, "t.csv");
            File.WriteAllText(path, "previous");
            var rows = Rows(4);
            var handler = new ScriptedHandler((r, i) => i == 0
                ? Page(rows.Take(2).ToList(), 1, 2)
                : ScriptedHandler.Error(HttpStatusCode.Forbidden, "0x80040220", "Principal user is missing prvReadbowtie_stagetransition privilege."));

            var (exit, _, error) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), handler, "--org", Org.Url, "--token", Org.Token, "--out", path);

            Assert.Equal(1, exit);
            Assert.Contains("HTTP 403 0x80040220: Principal user is missing prvReadbowtie_stagetransition privilege.", error, StringComparison.Ordinal);
            Assert.Equal("previous", File.ReadAllText(path));
            Assert.False(File.Exists(path + ".partial"));
            Assert.DoesNotContain(Org.Token, error, StringComparison.Ordinal);
        }

        [Fact]
        public void From_and_to_filter_moves_by_day()
        {
            var handler = Pages(new List<Transition>(), 10);
            var path = Path.Combine(directory, "t.csv");

            var (exit, _, _) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), handler,
                "--org", Org.Url, "--token", Org.Token, "--out", path, "--from", "2025-01-01", "--to", "2025-01-31");

            Assert.Equal(0, exit);
            Assert.Contains("$filter=bowtie_movedon%20ge%202025-01-01T00:00:00Z%20and%20bowtie_movedon%20lt%202025-02-01T00:00:00Z",
                handler.Ordered[0].Uri.AbsoluteUri, StringComparison.Ordinal);
            Assert.Equal(TransitionCsv.Header + "\n", File.ReadAllText(path));
        }

        internal sealed record Transition(Guid Id, Guid Journey, int? From, int? To, DateTime MovedOn, string? Campaign, decimal Mrr, int Kind = 269840000);

        internal static List<Transition> Rows(int count) => Enumerable.Range(0, count)
            .Select(i => new Transition(Guid.NewGuid(), Guid.Parse($"00000000-0000-0000-0000-{i / 2:D12}"), i % 2 == 0 ? null : Prospect, i % 2 == 0 ? Prospect : Mql,
                new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i), i == 1 ? "Spring, \"launch\"" : null, i * 10.5m))
            .ToList();

        internal static string Expected(IReadOnlyList<Transition> rows)
        {
            using var text = new StringWriter();
            using (var csv = new TransitionCsvWriter(text))
            {
                foreach (var row in rows)
                {
                    csv.Write(TransitionRow.ToMove(row.Journey, row.From, row.To, null, row.MovedOn, Inbound, row.Campaign, row.Mrr));
                }
            }

            return text.ToString();
        }

        internal static ScriptedHandler Pages(IReadOnlyList<Transition> rows, int pageSize) => new((r, i) =>
        {
            var page = PageIndex(r.Uri);
            var last = (rows.Count - 1) / pageSize;
            return Page(rows.Skip(page * pageSize).Take(pageSize).ToList(), page < last ? page + 1 : null, pageSize);
        });

        private static int PageIndex(Uri uri)
        {
            var marker = uri.Query.IndexOf("skiptoken=", StringComparison.Ordinal);
            return marker < 0 ? 0 : int.Parse(uri.Query[(marker + 10)..], System.Globalization.CultureInfo.InvariantCulture);
        }

        private static HttpResponseMessage Page(IReadOnlyList<Transition> rows, int? next, int pageSize)
        {
            var values = rows.Select(t => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["@odata.etag"] = "W/\"1\"",
                ["bowtie_stagetransitionid"] = t.Id,
                ["_bowtie_journeyid_value"] = t.Journey,
                ["bowtie_fromstage"] = t.From,
                ["bowtie_tostage"] = t.To,
                ["bowtie_exit"] = null,
                ["bowtie_kind"] = t.Kind,
                ["bowtie_movedon"] = t.MovedOn.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                ["bowtie_motion"] = Inbound,
                ["bowtie_campaign"] = t.Campaign,
                ["bowtie_mrr"] = t.Mrr,
            }));
            var link = next is { } n ? $",\"@odata.nextLink\":\"{Org.Url}/api/data/v9.2/bowtie_stagetransitions?$skiptoken={n}\"" : string.Empty;
            return ScriptedHandler.Json(HttpStatusCode.OK, $"{{\"value\":[{string.Join(",", values)}]{link}}}");
        }
    }
}
