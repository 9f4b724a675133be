using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using DataverseFunnel.Metrics;
using DataverseFunnel.Poster;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.Demo
{
    /// <summary>
    /// The main job on the in-memory default: pack the solution, start an org from the zip, drive a seeded year of
    /// journeys through the real plugins, then measure the bowtie and draw the poster. Same seed, same output.
    /// </summary>
    internal static class DemoRunner
    {
        public static DemoReport Run(DemoOptions options, TextWriter progress)
        {
            var watch = Stopwatch.StartNew();
            Directory.CreateDirectory(options.OutputDirectory);
            progress.WriteLine($"Packing the solution from {options.SolutionFolder}…");
            var zip = SolutionPacker.PackToDirectory(options.SolutionFolder, options.OutputDirectory,
                new PackOptions { PluginPath = options.PluginPath, Log = progress });

            var scenario = ScenarioPlanner.Plan(options.Journeys, options.Seed);
            var (org, steps) = DemoOrganization.FromSolutionZip(zip, ScenarioPlanner.ImportedOn.AddHours(-1));
            progress.WriteLine($"Started the in-memory Dataverse from {Path.GetFileName(zip)}: {steps.Count} plugin steps registered from the zip.");
            progress.WriteLine($"Planned {scenario.Journeys.Count:N0} journeys and {scenario.Actions.Count:N0} actions (seed {options.Seed}).");

            var outcomes = new ScenarioDriver(org, scenario, progress).Run();
            var moves = TransitionExport.FromOrganization(org);
            var metricsOptions = new MetricsOptions
            {
                From = DateOnly.FromDateTime(scenario.Start),
                To = DateOnly.FromDateTime(scenario.Now),
            };
            var metrics = Measure(moves, metricsOptions);

            var files = new[] { "metrics.json", "transitions.csv", "poster.svg", "poster.png", "poster.html" }
                .Select(f => Path.Combine(options.OutputDirectory, f)).ToArray();
            MetricsJsonWriter.Write(metrics, files[0]);
            TransitionCsvWriter.Write(files[1], moves);
            progress.WriteLine("Drawing the poster…");
            PosterFile.Save(metrics, files[2]);
            PosterFile.Save(metrics, files[3]);
            PosterFile.Save(metrics, files[4]);
            progress.WriteLine($"Done in {watch.Elapsed.TotalSeconds:0.0} s.");
            return new DemoReport(scenario, zip, steps.Count, outcomes, moves, metrics, files.Prepend(zip).ToArray(), org);
        }

        /// <summary>Metrics over moves as the org recorded them (the CSV written from the same moves must agree).</summary>
        public static BowtieMetrics Measure(System.Collections.Generic.IEnumerable<StageMove> moves, MetricsOptions options)
        {
            var builder = new MetricsBuilder(options);
            foreach (var move in moves)
            {
                builder.Add(move);
            }

            return builder.Build();
        }
    }
}
