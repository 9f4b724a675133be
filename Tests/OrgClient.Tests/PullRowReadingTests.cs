using System;
using System.IO;
using System.Net;
using DataverseFunnel.Cli.Commands;
using DataverseFunnel.Metrics;
using DataverseFunnel.OrgClient.Tests.TestSupport;

namespace DataverseFunnel.OrgClient.Tests
{
    /// <summary>How `funnel pull` reads a row in its one forward pass: by name, in any order, whatever else the row holds.</summary>
    public sealed class PullRowReadingTests : IDisposable
    {
        private readonly string directory = Directory.CreateTempSubdirectory("orgclient-rows-").FullName;

        public void Dispose() => Directory.Delete(directory, recursive: true);

        private (int Exit, string Error, string Path) Pull(string rows)
        {
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Json(HttpStatusCode.OK, "{\"@odata.context\":\"x\",\"value\":[" + rows + "]}"));
            var path = Path.Combine(directory, "t.csv");
            var (exit, _, error) = Verb.Run((h, o, e) => new PullCommand(new(h, o, e)).Build(), handler, "--org", Org.Url, "--token", Org.Token, "--out", path);
            return (exit, error, path);
        }

        [Fact]
        public void Columns_in_any_order_among_annotations_and_nested_values_map_to_the_move()
        {
            var (exit, error, path) = Pull(
                "{\"bowtie_mrr\":12.5,\"bowtie_campaign\":\"Fair, \\\"Q1\\\"\",\"_bowtie_journeyid_value@OData.Community.Display.V1.FormattedValue\":\"J\"," +
                "\"extra\":{\"a\":[1,{\"b\":2}]},\"bowtie_motion\":269840001,\"bowtie_movedon\":\"2025-03-01T10:00:00+02:00\",\"bowtie_kind\":269840000," +
                "\"bowtie_exit\":null,\"bowtie_tostage\":269840002,\"bowtie_fromstage\":269840001," +
                "\"_bowtie_journeyid_value\":\"00000000-0000-0000-0000-000000000007\",\"bowtie_stagetransitionid\":\"11111111-1111-1111-1111-111111111111\"}");

            Assert.True(exit == 0, error);
            var expected = new StringWriter();
            using (var csv = new TransitionCsvWriter(expected))
            {
                csv.Write(TransitionRow.ToMove(new Guid("00000000-0000-0000-0000-000000000007"), 269840001, 269840002, null,
                    new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc), 269840001, "Fair, \"Q1\"", 12.5m));
            }

            Assert.Equal(expected.ToString(), File.ReadAllText(path));
        }

        [Fact]
        public void A_row_that_cannot_be_a_move_names_the_row_and_the_column_and_writes_nothing()
        {
            var (exit, error, path) = Pull(
                "{\"bowtie_stagetransitionid\":\"22222222-2222-2222-2222-222222222222\",\"_bowtie_journeyid_value\":\"00000000-0000-0000-0000-000000000001\"," +
                "\"bowtie_tostage\":\"Prospect\",\"bowtie_kind\":269840000,\"bowtie_movedon\":\"not a date\"}");

            Assert.Equal(1, exit);
            Assert.Contains("bowtie_stagetransitions(22222222-2222-2222-2222-222222222222) cannot be read as a move: bowtie_movedon", error, StringComparison.Ordinal);
            Assert.False(File.Exists(path));
            Assert.False(File.Exists(path + ".partial"));
        }

        [Fact]
        public void A_row_without_an_id_is_refused()
        {
            var (exit, error, _) = Pull("{\"bowtie_tostage\":269840000}");

            Assert.Equal(1, exit);
            Assert.Contains("has no readable bowtie_stagetransitionid", error, StringComparison.Ordinal);
        }
    }
}
