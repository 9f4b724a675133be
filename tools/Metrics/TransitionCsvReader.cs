using System;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;
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

        // Parsed batches waiting for the engine: enough to ride out a slow batch, few enough to keep memory flat.
        private const int QueueDepth = 3;

        /// <summary>
        /// Feeds every row of <paramref name="csv"/> to <paramref name="builder"/>, in file order. A second thread
        /// decodes and parses the rows (batches of <see cref="TransitionBatch.Capacity"/>) while this one feeds the
        /// engine, so on two cores parsing and counting overlap. Errors surface here, in file order, as before.
        /// </summary>
        public static void ReadInto(TextReader csv, MetricsBuilder builder)
        {
            using var parsed = new BlockingCollection<TransitionBatch>(QueueDepth);
            using var free = new BlockingCollection<TransitionBatch>();
            for (var i = 0; i < QueueDepth + 2; i++)
            {
                free.Add(new TransitionBatch());
            }

            using var stop = new CancellationTokenSource();
            var parser = new Thread(() => Parse(csv, parsed, free, stop.Token)) { IsBackground = true, Name = "transitions CSV parser" };
            parser.Start();
            try
            {
                foreach (var batch in parsed.GetConsumingEnumerable())
                {
                    Feed(batch, builder);
                    batch.Failure?.Throw();
                    free.Add(batch);
                }
            }
            finally
            {
                stop.Cancel(); // the engine stopped (a rejected row): the parser stops too
                parser.Join();
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void Feed(TransitionBatch batch, MetricsBuilder builder)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                ref var row = ref batch.Rows[i];
                if (row.Problem is { } problem)
                {
                    builder.Reject(row.Line, problem);
                    continue;
                }

                builder.Add(batch.Text(row.JourneyStart, row.JourneyLength), row.Key, row.From, row.Target, row.Ticks,
                    batch.Text(row.MotionStart, row.MotionLength), batch.Text(row.CampaignStart, row.CampaignLength), row.Mrr, row.Line);
            }
        }

        // The parsing thread. Whatever stops it (a bad header, an I/O error) travels with the rows read before it.
        private static void Parse(TextReader csv, BlockingCollection<TransitionBatch> parsed, BlockingCollection<TransitionBatch> free,
            CancellationToken stop)
        {
            TransitionBatch? batch = null;
            try
            {
                batch = free.Take(stop);
                batch.Clear();
                ParseRows(csv, ref batch, parsed, free, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                batch = null; // the engine has stopped reading
            }
            catch (Exception e) when (batch is not null)
            {
                batch.Failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                if (batch is not null && !stop.IsCancellationRequested)
                {
                    try
                    {
                        parsed.Add(batch, stop);
                    }
                    catch (OperationCanceledException)
                    {
                        // the engine stopped meanwhile
                    }
                }

                parsed.CompleteAdding();
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static void ParseRows(TextReader csv, ref TransitionBatch batch, BlockingCollection<TransitionBatch> parsed,
            BlockingCollection<TransitionBatch> free, CancellationToken stop)
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

                if (batch.IsFull)
                {
                    parsed.Add(batch, stop);
                    batch = free.Take(stop);
                    batch.Clear();
                }

                ref var parsedRow = ref batch.Rows[batch.Count];
                parsedRow.Line = row;
                parsedRow.Problem = reader.RowFieldCount != TransitionCsv.Columns.Length
                    ? $"expected {TransitionCsv.Columns.Length} fields ({TransitionCsv.Header}), found {reader.RowFieldCount}."
                    : ReadRow(reader, columns, batch, ref parsedRow);
                batch.Count++; // only a fully parsed row: if parsing throws, the engine gets the exception, not half a row
            }
        }

        /// <summary>Parses the current row into <paramref name="row"/>; returns why it is rejected, or null.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static string? ReadRow(CsvDataReader reader, int[] columns, TransitionBatch batch, ref ParsedTransition row)
        {
            var journey = reader.GetFieldSpan(columns[0]).Trim();
            if (journey.IsEmpty)
            {
                return "journey_id is empty.";
            }

            var fromText = reader.GetFieldSpan(columns[1]);
            var from = MetricsBuilder.NoStage;
            if (!fromText.IsWhiteSpace())
            {
                if (!BowtieVocabulary.TryParseStage(fromText, out var fromStage))
                {
                    return $"unknown stage '{fromText.Trim()}' in from_stage (expected Prospect, MQL, SQL, Commit, Live, Recurring or LTV; empty when the journey is created).";
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
                return $"unknown stage '{toText.Trim()}' in to_stage (expected {BowtieVocabulary.ExpectedTargets}).";
            }

            var movedOn = reader.GetFieldSpan(columns[3]);
            if (!IsoTimestamp.TryParseUtc(movedOn, out var ticks))
            {
                return $"moved_on '{movedOn.Trim()}' is not an ISO 8601 UTC time such as 2025-03-01T09:30:00Z.";
            }

            var mrrText = reader.GetFieldSpan(columns[6]).Trim();
            var mrr = 0m;
            if (!mrrText.IsEmpty && !InvariantDecimal.TryParse(mrrText, out mrr))
            {
                return $"mrr '{mrrText}' is not a number such as 1250.50 (a dot for decimals, no thousands separator).";
            }

            var motion = reader.GetFieldSpan(columns[4]);
            var campaign = reader.GetFieldSpan(columns[5]);
            row.Key = JourneyKey.Of(journey);
            (row.JourneyStart, row.JourneyLength) = (batch.Keep(journey), journey.Length);
            (row.MotionStart, row.MotionLength) = (batch.Keep(motion), motion.Length);
            (row.CampaignStart, row.CampaignLength) = (batch.Keep(campaign), campaign.Length);
            (row.From, row.Target, row.Ticks, row.Mrr) = (from, target, ticks, mrr);
            return null;
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
