using System;
using System.CommandLine;
using System.IO;
using DataverseFunnel.Demo;
using DataverseFunnel.Poster;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.Cli.Commands
{
    /// <summary><c>funnel demo</c>: the main job on the in-memory default (see DemoRunner).</summary>
    internal sealed class DemoCommand : IFunnelCommand
    {
        public Command Build()
        {
            var journeys = new Option<int>("--journeys") { Description = "How many journeys to drive through the bowtie", DefaultValueFactory = _ => DemoOptions.DefaultJourneys };
            var seed = new Option<int>("--seed") { Description = "Seed of the scenario: the same seed gives the same output", DefaultValueFactory = _ => DemoOptions.DefaultSeed };
            var output = new Option<string>("--out") { Description = "Directory for the solution zip, metrics.json, transitions.csv, poster.svg, poster.png and poster.html", DefaultValueFactory = _ => "out" };
            var solution = new Option<string?>("--solution") { Description = "Unpacked solution folder (default: Solution/ of the repository)" };
            var plugin = new Option<string?>("--plugin") { Description = "Signed net462 plugin DLL (default: the repository's Release build)" };
            var command = new Command("demo", "Pack the solution, start an in-memory Dataverse from it, drive journeys through the bowtie with the real plugins, and write the metrics and the poster");
            command.Options.Add(journeys);
            command.Options.Add(seed);
            command.Options.Add(output);
            command.Options.Add(solution);
            command.Options.Add(plugin);
            command.SetAction(parse =>
            {
                var count = parse.GetValue(journeys);
                if (count < 1 || count > 1_000_000)
                {
                    Console.Error.WriteLine($"funnel demo: --journeys must be between 1 and 1,000,000 (got {count})");
                    return ExitCodes.Usage;
                }

                var repository = PluginLocator.FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? PluginLocator.FindRepositoryRoot(AppContext.BaseDirectory);
                var folder = parse.GetValue(solution) ?? (repository is null ? null : Path.Combine(repository, "Solution"));
                if (folder is null || !Directory.Exists(folder))
                {
                    Console.Error.WriteLine($"funnel demo: solution folder not found{(folder is null ? " (run it inside the repository or pass --solution)" : ": " + folder)}");
                    return ExitCodes.Usage;
                }

                try
                {
                    var report = DemoRunner.Run(new DemoOptions
                    {
                        Journeys = count,
                        Seed = parse.GetValue(seed),
                        OutputDirectory = parse.GetValue(output)!,
                        SolutionFolder = folder,
                        PluginPath = parse.GetValue(plugin),
                    }, Console.Error);
                    DemoConsoleReport.Write(report, Console.Out);
                    return ExitCodes.Ok;
                }
                catch (PackException e)
                {
                    foreach (var problem in e.Problems)
                    {
                        Console.Error.WriteLine(problem);
                    }

                    Console.Error.WriteLine($"funnel demo: the solution does not pack ({e.Problems.Count} problem(s))");
                    return ExitCodes.Findings;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or PosterFontException)
                {
                    Console.Error.WriteLine($"funnel demo: {e.Message}");
                    return ExitCodes.Findings;
                }
            });
            return command;
        }
    }
}
