using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DataverseFunnel.OrgClient.Tests.TestSupport;

namespace DataverseFunnel.OrgClient.Tests
{
    /// <summary>A page body read into pooled buffers: whole, whatever the length header says, and a lost connection reported
    /// as the retry policy expects.</summary>
    public sealed class PooledBodyTests
    {
        private static byte[] Bytes(int length) => Enumerable.Range(0, length).Select(i => (byte)(i * 31)).ToArray();

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(1_728_851)]
        public async Task A_body_with_its_length_is_read_whole(int length)
        {
            var sent = Bytes(length);

            using var body = await PooledBody.ReadAsync(new ByteArrayContent(sent), CancellationToken.None);

            Assert.Equal(sent, body.Bytes.ToArray());
        }

        [Fact]
        public async Task A_body_without_a_length_grows_past_the_first_buffer()
        {
            var sent = Bytes(300_000);
            var content = new StreamContent(new TrickleStream(sent, 7_001));
            Assert.Null(content.Headers.ContentLength);

            using var body = await PooledBody.ReadAsync(content, CancellationToken.None);

            Assert.Equal(sent, body.Bytes.ToArray());
        }

        [Fact]
        public async Task A_connection_lost_mid_body_is_an_http_request_exception_the_retry_policy_knows()
        {
            var content = new StreamContent(new TrickleStream(Bytes(10_000), 4_000, failAfter: 8_000));

            var error = await Assert.ThrowsAsync<HttpRequestException>(() => PooledBody.ReadAsync(content, CancellationToken.None));

            Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
            Assert.IsAssignableFrom<IOException>(error.InnerException);
            Assert.Contains("8,000 bytes", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Content_owns_the_body_until_it_is_taken()
        {
            var body = await PooledBody.ReadAsync(new ByteArrayContent(Bytes(100)), CancellationToken.None);
            var content = body.AsContent();
            Assert.Equal(Bytes(100), await content.ReadAsByteArrayAsync());

            var taken = PooledBody.Take(content);
            content.Dispose();
            Assert.Equal(100, taken.Bytes.Length);

            var left = body.AsContent();
            left.Dispose();
            Assert.True(body.Bytes.IsEmpty);
            Assert.Throws<InvalidOperationException>(() => PooledBody.Take(left));
        }

        [Fact]
        public async Task A_page_read_from_the_org_gives_its_buffer_back_when_disposed()
        {
            var json = "{\"value\":[{\"n\":1}],\"@odata.nextLink\":\"https://o/next\"}"u8.ToArray();
            var page = WebApiPage.Parse(await PooledBody.ReadAsync(new ByteArrayContent(json), CancellationToken.None));
            Assert.Equal("https://o/next", page.NextLink);
            Assert.Equal(json, page.Json.ToArray());

            page.Dispose();

            Assert.True(page.Json.IsEmpty);
        }
    }
}
