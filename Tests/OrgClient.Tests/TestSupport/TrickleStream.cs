using System;
using System.IO;

namespace DataverseFunnel.OrgClient.Tests.TestSupport
{
    /// <summary>Hands out at most <c>chunk</c> bytes per read (as a socket does), optionally failing part-way.</summary>
    internal sealed class TrickleStream(byte[] data, int chunk, int failAfter = int.MaxValue) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= failAfter)
            {
                throw new IOException("Connection reset by peer");
            }

            var n = Math.Min(Math.Min(count, chunk), Math.Min(data.Length, failAfter) - position);
            Array.Copy(data, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
