using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CommunityToolkit.HighPerformance.Buffers;

namespace DataverseFunnel.OrgClient
{
    /// <summary>
    /// A response body read into arrays rented from the shared pool and returned on dispose. A 5,000-row page is over
    /// a megabyte: a new array per page lands on the large object heap, and 200 of them cost a pull more than a hundred
    /// full collections.
    /// </summary>
    internal sealed class PooledBody : IDisposable
    {
        private const int UnknownLengthStart = 64 * 1024;
        private ArrayPoolBufferWriter<byte>? buffer;

        private PooledBody(ArrayPoolBufferWriter<byte> buffer) => this.buffer = buffer;

        /// <summary>The body's bytes; empty once disposed.</summary>
        public ReadOnlyMemory<byte> Bytes => buffer?.WrittenMemory ?? ReadOnlyMemory<byte>.Empty;

        /// <summary>Reads the whole body. A connection lost mid-body surfaces as <see cref="HttpRequestException"/>, as
        /// <see cref="HttpContent.LoadIntoBufferAsync()"/> reports it, so the caller's retry policy sees the same failure.</summary>
        public static async Task<PooledBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
        {
            var expected = content.Headers.ContentLength is { } declared && declared <= Array.MaxLength ? (int?)declared : null;
            var buffer = new ArrayPoolBufferWriter<byte>(Math.Max(expected ?? UnknownLengthStart, 1));
            try
            {
                var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    while (buffer.WrittenCount != expected)
                    {
                        var read = await stream.ReadAsync(buffer.GetMemory(Math.Max((expected ?? 0) - buffer.WrittenCount, 1)), cancellationToken).ConfigureAwait(false);
                        if (read == 0)
                        {
                            break;
                        }

                        buffer.Advance(read);
                    }
                }

                return new PooledBody(buffer);
            }
            catch (IOException e)
            {
                var after = buffer.WrittenCount;
                buffer.Dispose();
                throw new HttpRequestException(HttpRequestError.ResponseEnded, $"The response ended after {after:N0} bytes: {e.Message}", e);
            }
            catch
            {
                buffer.Dispose();
                throw;
            }
        }

        public void Dispose() => Interlocked.Exchange(ref buffer, null)?.Dispose();

        /// <summary>This body as a response's content (which then owns it), for code that reads any response.</summary>
        public HttpContent AsContent() => new Content(this);

        /// <summary>Takes the body out of content made by <see cref="AsContent"/>: the caller now owns it.</summary>
        public static PooledBody Take(HttpContent content) => ((Content)content).Take();

        private sealed class Content : HttpContent
        {
            private PooledBody? owned;

            public Content(PooledBody body) => owned = body;

            public PooledBody Take() => Interlocked.Exchange(ref owned, null) ?? throw new InvalidOperationException("The body was taken already.");

            protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
                stream.WriteAsync(Owned.Bytes).AsTask();

            protected override bool TryComputeLength(out long length)
            {
                length = Owned.Bytes.Length;
                return true;
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    Interlocked.Exchange(ref owned, null)?.Dispose();
                }

                base.Dispose(disposing);
            }

            private PooledBody Owned => owned ?? throw new ObjectDisposedException(nameof(PooledBody), "The body was taken or disposed.");
        }
    }
}
