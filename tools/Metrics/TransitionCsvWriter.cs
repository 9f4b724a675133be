using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// Writes moves as a transitions export (RFC 4180 quoting, invariant culture, UTC timestamps); what it writes,
    /// <see cref="TransitionCsvReader"/> reads back to the same metrics.
    /// </summary>
    public sealed class TransitionCsvWriter : IDisposable
    {
        private readonly TextWriter writer;
        private readonly bool ownsWriter;
        private static readonly SearchValues<char> QuotedCharacters = SearchValues.Create(",\"\r\n");
        private const int FileBufferBytes = 1 << 20;
        private char[] row = new char[256];

        public TransitionCsvWriter(TextWriter writer, bool ownsWriter = false)
        {
            this.writer = writer;
            this.ownsWriter = ownsWriter;
            writer.Write(TransitionCsv.Header);
            writer.Write('\n');
        }

        /// <summary>Creates (or replaces) the export file at <paramref name="path"/>.</summary>
        public static TransitionCsvWriter Create(string path) =>
            // Large buffers: an export is written in megabytes, not one system call per 4 KB.
            new(new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, FileBufferBytes), new UTF8Encoding(false), FileBufferBytes / 4),
                ownsWriter: true);

        /// <summary>Writes every move to a new export file.</summary>
        public static void Write(string path, IEnumerable<StageMove> moves)
        {
            using var csv = Create(path);
            foreach (var move in moves)
            {
                csv.Write(move);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // once per row of an export: no slow first tier
        public void Write(in StageMove move)
        {
            var to = move.To is { } stage ? stage.Name() : move.Exit?.Name();
            var utc = move.MovedOnUtc.Kind == DateTimeKind.Local ? move.MovedOnUtc.ToUniversalTime() : move.MovedOnUtc;
            if (NeedsQuotes(move.JourneyId) || NeedsQuotes(move.Motion) || NeedsQuotes(move.Campaign))
            {
                WriteQuoting(move, to, utc);
                return;
            }

            // The usual row needs no quotes: formatted into one reused buffer and written in one call.
            int length;
            while (!TryFormat(move, to, utc, row, out length))
            {
                row = new char[row.Length * 2];
            }

            writer.Write(row, 0, length);
        }

        private static bool TryFormat(in StageMove move, string? to, DateTime utc, Span<char> row, out int length)
        {
            length = 0;
            if (!row.TryWrite(CultureInfo.InvariantCulture, $"{move.JourneyId},{move.From?.Name()},{to},", out var written))
            {
                return false;
            }

            length += written;
            if (!IsoTimestamp.TryFormat(utc, row[length..], out written))
            {
                return false;
            }

            length += written;
            if (!row[length..].TryWrite(CultureInfo.InvariantCulture, $",{move.Motion},{move.Campaign},{move.Mrr}\n", out written))
            {
                return false;
            }

            length += written;
            return true;
        }

        private void WriteQuoting(in StageMove move, string? to, DateTime utc)
        {
            Field(move.JourneyId);
            writer.Write(',');
            Field(move.From?.Name());
            writer.Write(',');
            Field(to);
            writer.Write(',');
            writer.Write(IsoTimestamp.Format(utc));
            writer.Write(',');
            Field(move.Motion);
            writer.Write(',');
            Field(move.Campaign);
            writer.Write(',');
            writer.Write(move.Mrr.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }

        public void Dispose()
        {
            writer.Flush();
            if (ownsWriter)
            {
                writer.Dispose();
            }
        }

        private static bool NeedsQuotes(string? value) => value is not null && value.AsSpan().IndexOfAny(QuotedCharacters) >= 0;

        private void Field(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (!NeedsQuotes(value))
            {
                writer.Write(value);
                return;
            }

            writer.Write('"');
            writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }
    }
}
