using System;
using System.CommandLine;
using System.IO;
using System.Net.Http;
using DataverseFunnel.Cli.Org;
using DataverseFunnel.Metrics;
using DataverseFunnel.Poster;

namespace DataverseFunnel.Cli.Commands
{
    /// <summary>
    /// <c>funnel poster</c>: draws the bowtie poster from a metrics JSON (funnel metrics --json); the extension of --out
    /// picks SVG or PNG. Exit 0 written, 1 no font for a PNG, 2 bad usage or an unreadable metrics file.
    /// </summary>
    internal sealed class PosterCommand : IFunnelCommand
    {
        private readonly HttpMessageHandler? handler;

        public PosterCommand()
        {
        }

        /// <summary>For tests: --org against a scripted org.</summary>
        internal PosterCommand(HttpMessageHandler handler) => this.handler = handler;

        public Command Build()
        {
            var metricsPath = new Option<string?>("--metrics") { Description = "Metrics JSON written by funnel metrics --json (or --out); or --org to compute them from the org's history" };
            var output = new Option<string>("--out") { Description = "poster.svg, poster.png or poster.html (A3 landscape; PNG at 300 dpi, 4961 x 3508 px; HTML: the SVG with its numbers as text tables)", Required = true };
            var command = new Command("poster", "Draw the bowtie poster: volumes, conversions, days, the motion split, recurring revenue and the weakest link");
            command.Options.Add(metricsPath);
            command.Options.Add(output);
            var connection = new OrgCommandOptions(handler);
            connection.AddTo(command);
            command.SetAction(parse =>
            {
                var source = parse.GetValue(metricsPath);
                var target = parse.GetValue(output)!;
                if ((source is null) == (parse.GetValue(connection.Org) is null))
                {
                    return Fail(ExitCodes.Usage, "give --metrics FILE or --org URL (one of them)");
                }

                if (source is not null && !File.Exists(source))
                {
                    return Fail(ExitCodes.Usage, $"metrics file not found: {source}");
                }

                var extension = Path.GetExtension(target).ToLowerInvariant();
                if (extension is not (".svg" or ".png" or ".html"))
                {
                    return Fail(ExitCodes.Usage, $"--out must end in .svg, .png or .html: {target}");
                }

                BowtieMetrics metrics;
                if (source is null)
                {
                    var exit = OrgSource.PullToTemporaryFile(connection, parse, "poster", Console.Error, out var pulled);
                    if (exit != ExitCodes.Ok)
                    {
                        return exit;
                    }

                    try
                    {
                        // The same figures funnel metrics --org gives with its defaults.
                        metrics = TransitionCsvReader.Compute(pulled!, new MetricsOptions());
                    }
                    catch (MetricsInputException e)
                    {
                        return Fail(ExitCodes.Findings, $"the org's history cannot be counted: {e.Message}");
                    }
                    finally
                    {
                        File.Delete(pulled!);
                    }
                }
                else
                {
                    try
                    {
                        metrics = MetricsJsonReader.Read(source);
                    }
                    catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
                    {
                        return Fail(ExitCodes.Usage, $"{source}: {e.Message}");
                    }
                }

                try
                {
                    PosterFile.Save(metrics, target);
                }
                catch (PosterFontException e)
                {
                    return Fail(ExitCodes.Findings, e.Message);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return Fail(ExitCodes.Findings, $"cannot write {target}: {e.Message}");
                }

                Console.Out.WriteLine(target);
                return ExitCodes.Ok;
            });
            return command;
        }

        private static int Fail(int exitCode, string message)
        {
            Console.Error.WriteLine($"funnel poster: {message}");
            return exitCode;
        }
    }
}
