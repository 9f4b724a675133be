using System;
using System.Runtime.CompilerServices;
using System.IO;
using DataverseFunnel.Plugins.Bowtie.Model;
using Sylvan.Data.Csv;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// Streams a transitions export (<see cref="TransitionCsv.Header"/>) into the engine, row by row, with no
    /// per-row allocation for journeys and names already seen. Lines are numbered as an editor shows them (header = 1).
    /// </summary>
    public static class TransitionCsvReader
    {
        /// <summary>Reads the export at <paramref name="path"/> and computes its metrics.</summary>
        public static BowtieMetrics Compute(string path, MetricsOptions? options = null)
        {
            var builder = new MetricsBuilder(options);
            using (var file = new StreamReader(path, new FileStreamOptions { BufferSize = 1 << 16 }))
            {
                ReadInto(file, builder);
            }

            return builder.Build();
        }

        /// <summary>Feeds every row of <paramref name="csv"/> to <paramref name="builder"/>.</summary>
        // Hot loops over millions of rows run once per process: compile them optimized from the start.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void ReadInto(TextReader csv, MetricsBuilder builder)
        {
            var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', BufferSize = 1 << 16 };
            using var reader = CsvDataReader.Create(csv, options);
            var columns = MapColumns(reader);
            var line = 1;
            while (reader.Read())
            {
                line++;
                var row = line;
                line += EmbeddedLineBreaks(reader.GetRawRecordSpan());
                if (reader.RowFieldCount == 1 && reader.GetFieldSpan(0).IsWhiteSpace())
                {
                    continue; // a blank line
                }

                if (reader.RowFieldCount != TransitionCsv.Columns.Length)
                {
                    builder.Reject(row, $"expected {TransitionCsv.Columns.Length} fields ({TransitionCsv.Header}), found {reader.RowFieldCount}.");
                    continue;
                }

                ReadRow(reader, columns, builder, row);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void ReadRow(CsvDataReader reader, int[] columns, MetricsBuilder builder, int line)
        {
            var journey = reader.GetFieldSpan(columns[0]).Trim();
            if (journey.IsEmpty)
            {
                builder.Reject(line, "journey_id is empty.");
                return;
            }

            var fromText = reader.GetFieldSpan(columns[1]);
            var from = MetricsBuilder.NoStage;
            if (!fromText.IsWhiteSpace())
            {
                if (!BowtieVocabulary.TryParseStage(fromText, out var fromStage))
                {
                    builder.Reject(line, $"unknown stage '{fromText.Trim()}' in from_stage (expected Prospect, MQL, SQL, Commit, Live, Recurring or LTV; empty when the journey is created).");
                    return;
                }

                from = BowtieModel.Position(fromStage);
            }

            var toText = reader.GetFieldSpan(columns[2]);
            int target;
            if (BowtieVocabulary.TryParseStage(toText, out var toStage))
            {
                target = BowtieModel.Position(toStage);
            }
            else if (BowtieVocabulary.TryParseExit(toText, out var exit))
            {
                target = BowtieVocabulary.StageCount + exit.Position();
            }
            else
            {
                builder.Reject(line, $"unknown stage '{toText.Trim()}' in to_stage (expected {BowtieVocabulary.ExpectedTargets}).");
                return;
            }

            var movedOn = reader.GetFieldSpan(columns[3]);
            if (!IsoTimestamp.TryParseUtc(movedOn, out var ticks))
            {
                builder.Reject(line, $"moved_on '{movedOn.Trim()}' is not an ISO 8601 UTC time such as 2025-03-01T09:30:00Z.");
                return;
            }

            var mrrText = reader.GetFieldSpan(columns[6]).Trim();
            var mrr = 0m;
            if (!mrrText.IsEmpty && !InvariantDecimal.TryParse(mrrText, out mrr))
            {
                builder.Reject(line, $"mrr '{mrrText}' is not a number such as 1250.50 (a dot for decimals, no thousands separator).");
                return;
            }

            builder.Add(journey, from, target, ticks, reader.GetFieldSpan(columns[4]), reader.GetFieldSpan(columns[5]), mrr, line);
        }

        // Columns are found by name, so an export with its columns in another order still reads.
        private static int[] MapColumns(CsvDataReader reader)
        {
            var columns = new int[TransitionCsv.Columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = -1;
                for (var field = 0; field < reader.FieldCount; field++)
                {
                    if (string.Equals(reader.GetName(field).Trim(), TransitionCsv.Columns[i], StringComparison.OrdinalIgnoreCase))
                    {
                        columns[i] = field;
                    }
                }

                if (columns[i] < 0)
                {
                    throw new MetricsInputException(1,
                        $"the header has no column '{TransitionCsv.Columns[i]}'; a transitions export starts with: {TransitionCsv.Header}");
                }
            }

            return columns;
        }

        private static int EmbeddedLineBreaks(ReadOnlySpan<char> record)
        {
            record = record.TrimEnd("\r\n");
            return record.Count('\n');
        }
    }
}
