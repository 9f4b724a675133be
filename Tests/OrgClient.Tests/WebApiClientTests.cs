using System;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using DataverseFunnel.OrgClient.Tests.TestSupport;

namespace DataverseFunnel.OrgClient.Tests
{
    public sealed class WebApiClientTests
    {
        [Fact]
        public async Task Query_follows_next_links_with_the_page_size_preference_and_streams_every_row()
        {
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Json(HttpStatusCode.OK, i switch
            {
                0 => "{\"value\":[{\"n\":1},{\"n\":2}],\"@odata.nextLink\":\"" + Org.Url + "/api/data/v9.2/accounts?$select=n&$skiptoken=p2\"}",
                1 => "{\"value\":[{\"n\":3},{\"n\":4}],\"@odata.nextLink\":\"" + Org.Url + "/api/data/v9.2/accounts?$select=n&$skiptoken=p3\"}",
                _ => "{\"value\":[{\"n\":5}]}",
            }));
            using var client = Org.Client(handler);
            var pages = new System.Collections.Generic.List<int>();

            var numbers = new System.Collections.Generic.List<int>();
            await foreach (var page in client.QueryPagesAsync("accounts?$select=n", pageSize: 2))
            {
                var rows = WebApiPageTests.Numbers(page);
                numbers.AddRange(rows);
                pages.Add(rows.Count);
            }

            Assert.Equal(new[] { 1, 2, 3, 4, 5 }, numbers);
            Assert.Equal(new[] { 2, 2, 1 }, pages);
            var requests = handler.Ordered;
            Assert.Equal(3, requests.Count);
            Assert.All(requests, r => Assert.Equal("odata.maxpagesize=2", r.Headers["Prefer"]));
            Assert.Equal("?$select=n&$skiptoken=p3", requests[2].Uri.Query);
        }

        [Fact]
        public async Task Only_the_next_page_is_asked_for_ahead_of_the_rows_given_out()
        {
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Json(HttpStatusCode.OK,
                i < 2 ? "{\"value\":[{\"n\":" + (i + 1) + "}],\"@odata.nextLink\":\"" + Org.Url + "/api/data/v9.2/a?p=" + (i + 2) + "\"}" : "{\"value\":[{\"n\":3}]}"));
            using var client = Org.Client(handler);

            // Page 2 is asked for while page 1 is given out (the server works while the caller does); page 3 only
            // once page 2 is: at most two pages are held.
            await using var pages = client.QueryPagesAsync("a").GetAsyncEnumerator();
            Assert.True(await pages.MoveNextAsync());
            Assert.Equal(new[] { 1 }, WebApiPageTests.Numbers(pages.Current));
            Assert.InRange(handler.Requests.Count, 1, 2);
            Assert.True(await pages.MoveNextAsync());
            Assert.Equal(new[] { 2 }, WebApiPageTests.Numbers(pages.Current));
            Assert.InRange(handler.Requests.Count, 2, 3);
            Assert.True(await pages.MoveNextAsync());
            Assert.False(await pages.MoveNextAsync());
            Assert.Equal(3, handler.Requests.Count);
        }

        [Fact]
        public async Task Stopping_early_abandons_the_page_asked_for_ahead()
        {
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Json(HttpStatusCode.OK,
                "{\"value\":[{\"n\":" + i + "}],\"@odata.nextLink\":\"" + Org.Url + "/api/data/v9.2/a?p=" + (i + 2) + "\"}"));
            using var client = Org.Client(handler);

            await foreach (var page in client.QueryPagesAsync("a"))
            {
                break;
            }

            Assert.InRange(handler.Requests.Count, 1, 2);
        }

        [Fact]
        public async Task A_page_size_above_the_platform_maximum_is_refused()
        {
            using var client = Org.Client(new ScriptedHandler((r, i) => ScriptedHandler.Json(HttpStatusCode.OK, "{}")));
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
            {
                await foreach (var unused in client.QueryPagesAsync("a", pageSize: 5001))
                {
                }
            });
        }

        [Fact]
        public async Task WhoAmI_is_a_get_of_the_function()
        {
            var user = Guid.NewGuid();
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Json(HttpStatusCode.OK,
                $"{{\"@odata.context\":\"x\",\"BusinessUnitId\":\"{Guid.Empty}\",\"UserId\":\"{user}\",\"OrganizationId\":\"{Guid.Empty}\"}}"));
            using var client = Org.Client(handler);

            var who = await client.WhoAmIAsync();

            Assert.Equal(user, who.UserId);
            var request = Assert.Single(handler.Requests);
            Assert.Equal("GET", request.Method.Method);
            Assert.Equal(Org.Api("WhoAmI"), request.Uri);
        }

        [Fact]
        public async Task ImportSolutionAsync_posts_the_zip_in_base64_and_reads_the_operation_and_job()
        {
            var operation = Guid.NewGuid();
            var job = Guid.NewGuid();
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Json(HttpStatusCode.OK,
                $"{{\"AsyncOperationId\":\"{operation}\",\"ImportJobKey\":\"{job}\"}}"));
            using var client = Org.Client(handler);
            var zip = new byte[] { 0x50, 0x4b, 3, 4, 1, 2 };

            var import = await client.ImportSolutionAsync(zip, overwrite: true);

            Assert.Equal(operation, import.AsyncOperationId);
            Assert.Equal(job.ToString(), import.ImportJobKey);
            var request = Assert.Single(handler.Requests);
            Assert.Equal("POST", request.Method.Method);
            Assert.Equal(Org.Api("ImportSolutionAsync"), request.Uri);
            using var body = JsonDocument.Parse(request.Body!);
            Assert.Equal(Convert.ToBase64String(zip), body.RootElement.GetProperty("CustomizationFile").GetString());
            Assert.True(body.RootElement.GetProperty("OverwriteUnmanagedCustomizations").GetBoolean());
            Assert.True(body.RootElement.GetProperty("PublishWorkflows").GetBoolean());
        }

        [Fact]
        public async Task PublishAllXml_posts_without_a_body()
        {
            var handler = new ScriptedHandler((r, i) => new System.Net.Http.HttpResponseMessage(HttpStatusCode.NoContent));
            using var client = Org.Client(handler);

            await client.PublishAllXmlAsync();

            var request = Assert.Single(handler.Requests);
            Assert.Equal("POST", request.Method.Method);
            Assert.Equal(Org.Api("PublishAllXml"), request.Uri);
            Assert.Null(request.Body);
        }

        [Fact]
        public async Task Async_operation_and_import_job_are_read_with_their_documented_columns()
        {
            var id = Guid.NewGuid();
            var handler = new ScriptedHandler((r, i) => ScriptedHandler.Json(HttpStatusCode.OK, i == 0
                ? "{\"statecode\":3,\"statuscode\":31,\"message\":\"m\",\"friendlymessage\":\"Import failed.\"}"
                : "{\"progress\":42.5,\"data\":\"<importexportxml/>\",\"solutionname\":\"DataverseFunnel\"}"));
            using var client = Org.Client(handler);

            var operation = await client.GetAsyncOperationAsync(id);
            var job = await client.GetImportJobAsync(id);

            Assert.True(operation.IsCompleted);
            Assert.False(operation.IsSucceeded);
            Assert.Equal("Import failed.", operation.FriendlyMessage);
            Assert.Equal(42.5, job.Progress);
            Assert.Equal("<importexportxml/>", job.Data);
            var requests = handler.Ordered;
            Assert.Equal($"/api/data/v9.2/asyncoperations({id})", requests[0].Uri.AbsolutePath);
            Assert.Equal("?$select=statecode,statuscode,message,friendlymessage", requests[0].Uri.Query);
            Assert.Equal($"/api/data/v9.2/importjobs({id})", requests[1].Uri.AbsolutePath);
        }

        [Fact]
        public async Task Patch_sends_the_body_to_the_record()
        {
            var id = Guid.NewGuid();
            var handler = new ScriptedHandler((r, i) => new System.Net.Http.HttpResponseMessage(HttpStatusCode.NoContent));
            using var client = Org.Client(handler);

            using var response = await client.PatchAsync($"accounts({id})", new { name = "B" });

            Assert.Equal(HttpStatusCode.NoContent, response.Status);
            var request = handler.Ordered.Single();
            Assert.Equal("PATCH", request.Method.Method);
            Assert.Equal("{\"name\":\"B\"}", request.Body);
        }
    }
}
