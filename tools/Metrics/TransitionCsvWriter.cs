using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
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

        public TransitionCsvWriter(TextWriter writer, bool ownsWriter = false)
        {
            this.writer = writer;
            this.ownsWriter = ownsWriter;
            writer.Write(TransitionCsv.Header);
            writer.Write('\n');
        }

        /// <summary>Creates (or replaces) the export file at <paramref name="path"/>.</summary>
        public static TransitionCsvWriter Create(string path) =>
            new(new StreamWriter(path, false, new UTF8Encoding(false)), ownsWriter: true);

        /// <summary>Writes every move to a new export file.</summary>
        public static void Write(string path, IEnumerable<StageMove> moves)
        {
            using var csv = Create(path);
            foreach (var move in moves)
            {
                csv.Write(move);
            }
        }

        public void Write(in StageMove move)
        {
            Field(move.JourneyId);
            writer.Write(',');
            Field(move.From?.Name());
            writer.Write(',');
            Field(move.To is { } to ? to.Name() : move.Exit?.Name());
            writer.Write(',');
            var utc = move.MovedOnUtc.Kind == DateTimeKind.Local ? move.MovedOnUtc.ToUniversalTime() : move.MovedOnUtc;
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

        private void Field(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
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
