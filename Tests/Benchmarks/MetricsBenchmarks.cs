using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DuckDB.NET.Data;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// Issue 5 §4 budget: metrics over 1,000,000 journeys / 6,000,000 transition rows from CSV in ≤ 15 s and ≤ 1.5 GB
    /// peak memory. The engine (streamed CSV, interned names, compact per-journey state) is measured next to a naive
    /// baseline (File.ReadAllLines + string.Split + LINQ grouping) computing only volumes and median days. The export is
    /// generated once, deterministically, into the temp folder and reused. Each process prints its peak working set.
    /// Issue 13 adds a peer: DuckDB (embedded, columnar, multi-threaded) reading the same CSV and computing the same
    /// volumes and median days in SQL; the engine should stay ahead of it.
    /// Run: dotnet run -c Release --project Tests/Benchmarks -- --filter '*MetricsBenchmarks*'
    /// </summary>
    [MemoryDiagnoser]
    [SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
    public class MetricsBenchmarks
    {
        private const int Journeys = 1_000_000;
        private string path = null!;

        [GlobalSetup]
        public void Setup() => path = TransitionsFile.Ensure(Journeys);

        [IterationSetup]
        public void Collect() => PeakMemory.Collect();

        [GlobalCleanup]
        public void Cleanup() => PeakMemory.Report($"{path}, {new FileInfo(path).Length / (1024 * 1024)} MB");

        [Benchmark(Description = "Engine: stream CSV, all metrics")]
        public long Engine() => TransitionCsvReader.Compute(path).Stages[0].Volume;

        [Benchmark(Baseline = true, Description = "Naive: ReadAllLines + Split + GroupBy, volumes and medians only")]
        public long Naive()
        {
            var stages = new[] { "Prospect", "MQL", "SQL", "Commit", "Live", "Recurring", "LTV" };
            var journeys = File.ReadAllLines(path).Skip(1).Select(line => line.Split(','))
                .GroupBy(row => row[0])
                .Select(rows => rows.Where(r => Array.IndexOf(stages, r[2]) >= 0)
                    .GroupBy(r => Array.IndexOf(stages, r[2]))
                    .ToDictionary(g => g.Key, g => g.Min(r => DateTime.Parse(r[3], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal))))
                .ToList();
            var volumes = Enumerable.Range(0, stages.Length).Select(k => journeys.LongCount(j => j.Keys.Max() >= k)).ToArray();
            var medians = Enumerable.Range(0, stages.Length - 1)
                .Select(k => journeys.Where(j => j.ContainsKey(k) && j.ContainsKey(k + 1))
                    .Select(j => (j[k + 1] - j[k]).TotalDays).OrderBy(d => d).ToList())
                .Select(days => days.Count == 0 ? 0 : days[days.Count / 2])
                .ToArray();
            return volumes[0] + (long)medians[0];
        }

        [Benchmark(Description = "Peer: DuckDB read_csv + SQL, volumes and median days")]
        public long DuckDb()
        {
            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = DuckDbQuery(path);
            using var reader = command.ExecuteReader();
            var volumes = new long[BowtieVocabulary.StageCount];
            var medians = new double[BowtieVocabulary.StageCount];
            while (reader.Read())
            {
                var k = reader.GetInt32(0);
                volumes[k] = reader.GetInt64(1);
                medians[k] = reader.IsDBNull(2) ? 0 : reader.GetDouble(2);
            }

            return volumes[0] + (long)medians[0];
        }

        /// <summary>
        /// Volume of stage k = journeys whose furthest stage is k or later; median days k → k + 1 over journeys that
        /// entered both (first entry each), as the naive baseline measures them.
        /// </summary>
        internal static string DuckDbQuery(string csv) => $$"""
            WITH s(name, k) AS (VALUES {{string.Join(", ", Enumerable.Range(0, BowtieVocabulary.StageCount).Select(k => $"('{BowtieVocabulary.StageAt(k).Name()}', {k})"))}}),
            rows AS (SELECT journey_id, to_stage, moved_on FROM read_csv('{{csv.Replace("'", "''")}}', header = true,
                columns = {'journey_id': 'VARCHAR', 'from_stage': 'VARCHAR', 'to_stage': 'VARCHAR', 'moved_on': 'TIMESTAMPTZ',
                           'motion': 'VARCHAR', 'campaign': 'VARCHAR', 'mrr': 'DECIMAL(18,2)'})),
            firsts AS MATERIALIZED (SELECT journey_id, s.k, min(moved_on) AS at FROM rows JOIN s ON rows.to_stage = s.name GROUP BY journey_id, s.k),
            furthest AS (SELECT max(k) AS f FROM firsts GROUP BY journey_id),
            volumes AS (SELECT s.k, count(furthest.f) AS v FROM s LEFT JOIN furthest ON furthest.f >= s.k GROUP BY s.k),
            medians AS (SELECT a.k, median(epoch(b.at) - epoch(a.at)) / 86400.0 AS m FROM firsts a
                JOIN firsts b ON a.journey_id = b.journey_id AND b.k = a.k + 1 GROUP BY a.k)
            SELECT volumes.k, volumes.v, medians.m FROM volumes LEFT JOIN medians ON medians.k = volumes.k ORDER BY volumes.k
            """;

        /// <summary>
        /// A deterministic transitions export: journey j follows pattern j mod 10 (2, 4, 4, 5, 6, 7, 7, 8, 8 or 9 rows:
        /// exits, a recycle, a skip, MRR changes, off-boardings), so 1,000,000 journeys make exactly 6,000,000 rows.
        /// Rows are time-ordered within blocks of 20,000 journeys, so journeys interleave as in a real export.
        /// </summary>
        internal static class TransitionsFile
        {
            private const int Block = 20_000;
            private static readonly string[] Motions = { "Inbound", "Outbound", "Target" };

            // Each pattern: the targets in order; -1 = Not a fit, -2 = Off-boarded.
            private static readonly int[][] Patterns =
            {
                new[] { 0, -1 },
                new[] { 0, 1, 2, -1 },
                new[] { 0, 1, 0, 1 },
                new[] { 0, 1, 3, 4, -2 },
                new[] { 0, 1, 2, 3, 4, 5 },
                new[] { 0, 1, 2, 3, 4, 5, 6 },
                new[] { 0, 1, 2, 3, 4, 5, -2 },
                new[] { 0, 1, 2, 3, 4, 5, 6, 6 },
                new[] { 0, 1, 2, 3, 4, 5, 5, 6 },
                new[] { 0, 1, 2, 3, 4, 5, 6, 6, -2 },
            };

            public static string Ensure(int journeys)
            {
                var folder = Path.Combine(Path.GetTempPath(), "dataversefunnel-bench");
                Directory.CreateDirectory(folder);
                var file = Path.Combine(folder, $"transitions-{journeys}-v1.csv");
                if (File.Exists(file + ".done"))
                {
                    return file;
                }

                using (var csv = TransitionCsvWriter.Create(file))
                {
                    for (var first = 0; first < journeys; first += Block)
                    {
                        var moves = new List<StageMove>();
                        for (var j = first; j < Math.Min(first + Block, journeys); j++)
                        {
                            AddJourney(moves, j);
                        }

                        foreach (var move in moves.OrderBy(m => m.MovedOnUtc))
                        {
                            csv.Write(move);
                        }
                    }
                }

                File.WriteAllText(file + ".done", string.Empty);
                return file;
            }

            private static void AddJourney(List<StageMove> moves, int j)
            {
                var id = new Guid(j, (short)(j >> 16), 0x4a5b, 1, 2, 3, 4, 5, 6, 7, 8).ToString("D");
                var motion = Motions[(j / 10) % 3];
                var campaign = $"Campaign {(j / 30) % 40:D2}";
                var at = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(j * 0.75);
                var mrr = 0m;
                var current = -1;
                foreach (var target in Patterns[j % 10])
                {
                    at = at.AddHours(24 + (((j * 7) + (target * 13)) % 240));
                    if (target == 3)
                    {
                        mrr = 500m + ((j % 37) * 25m);
                    }
                    else if (target == current)
                    {
                        mrr += 125.5m; // grows at the same stage: an MRR change
                    }

                    var from = current < 0 ? (BowtieStage?)null : BowtieVocabulary.StageAt(current);
                    moves.Add(target >= 0
                        ? StageMove.Into(id, from, BowtieVocabulary.StageAt(target), at, motion, campaign, mrr)
                        : StageMove.Leave(id, BowtieVocabulary.StageAt(current), target == -1 ? BowtieExit.NotAFit : BowtieExit.OffBoarded,
                            at, motion, campaign, 0m));
                    current = target;
                }
            }
        }
    }
}
