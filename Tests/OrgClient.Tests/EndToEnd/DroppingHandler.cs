using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace DataverseFunnel.OrgClient.Tests.EndToEnd
{
    /// <summary>
    /// Real sockets, but the n-th calls' bodies end half-way with the error SocketsHttpHandler raises when the server drops
    /// the connection mid-body (HttpIOException, ResponseEnded).
    /// </summary>
    internal sealed class DroppingHandler : DelegatingHandler
    {
        private readonly int[] dropOnCalls;
        private int calls;
        private int dropped;

        public DroppingHandler(int[] dropOnCalls) : base(new SocketsHttpHandler()) => this.dropOnCalls = dropOnCalls;

        public int Dropped => Volatile.Read(ref dropped);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!dropOnCalls.Contains(Interlocked.Increment(ref calls)) || response.StatusCode != HttpStatusCode.OK) return response;
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var headers = response.Content.Headers.ToList();
            response.Content = new StreamContent(new EndingStream(body, body.Length / 2));
            foreach (var (name, values) in headers) response.Content.Headers.TryAddWithoutValidation(name, values);
            Interlocked.Increment(ref dropped);
            return response;
        }

        /// <summary>Serves the first <c>cut</c> bytes, then fails as a dropped connection does.</summary>
        private sealed class EndingStream : Stream
        {
            private readonly byte[] body;
            private readonly int cut;
            private int position;

            public EndingStream(byte[] body, int cut) => (this.body, this.cut) = (body, cut);

            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => position; set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

            public override int Read(Span<byte> buffer)
            {
                if (position >= cut) throw new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
                var n = Math.Min(buffer.Length, cut - position);
                body.AsSpan(position, n).CopyTo(buffer);
                position += n;
                return n;
            }

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
                ValueTask.FromResult(Read(buffer.Span));

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                Task.FromResult(Read(buffer, offset, count));

            public override void Flush() { }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
