using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Net.Http;
using DataverseFunnel.Cli.Org;
using DataverseFunnel.Metrics;

namespace DataverseFunnel.Cli.Commands
{
    /// <summary>
    /// <c>funnel metrics</c>: the bowtie's figures from a transitions export, as a table or JSON. Exit 0 ok, 1 a row that
    /// cannot be counted (named by line), 2 bad usage or an unreadable file.
    /// </summary>
    internal sealed class MetricsCommand : IFunnelCommand
    {
        private readonly HttpMessageHandler? handler;

        public MetricsCommand()
        {
        }

        /// <summary>For tests: --org against a scripted org.</summary>
        internal MetricsCommand(HttpMessageHandler handler) => this.handler = handler;

        public Command Build()
        {
            var transitions = new Option<string?>("--transitions") { Description = $"Transitions export (CSV: {TransitionCsv.Header}); or --org to read the org's history" };
            var json = new Option<bool>("--json") { Description = "Write the metrics as JSON (the document funnel poster reads) instead of the table" };
            var output = new Option<string?>("--out") { Description = "Also write the metrics JSON to this file" };
            var from = new Option<string?>("--from") { Description = "Cohort: journeys created on or after this day (yyyy-MM-dd, UTC); also starts the retention window" };
            var to = new Option<string?>("--to") { Description = "Cohort: journeys created up to this day (inclusive); figures as of its end (default: the last move)" };
            var by = new Option<string>("--by") { Description = "Breakdown shown in the table", DefaultValueFactory = _ => "motion" };
            by.AcceptOnlyFromAmong("motion", "campaign");
            var lenient = new Option<bool>("--lenient") { Description = "Skip rows that cannot be counted and report how many, instead of stopping at the first" };
            var targets = new Option<string?>("--targets") { Description = "JSON file of conversion targets, e.g. {\"MQL->SQL\": 0.25} (default: the $15-50k ACV benchmark band)" };
            var command = new Command("metrics", "Volume, conversion and days per bowtie stage for a cohort, by motion and campaign, with recurring revenue and the weakest link");
            foreach (var option in new Option[] { transitions, json, output, from, to, by, lenient, targets })
            {
                command.Options.Add(option);
            }

            var connection = new OrgCommandOptions(handler);
            connection.AddTo(command);
            command.SetAction(parse =>
            {
                var given = parse.GetValue(transitions);
                if ((given is null) == (parse.GetValue(connection.Org) is null))
                {
                    return Usage("give --transitions FILE or --org URL (one of them)");
                }

                if (given is not null)
                {
                    return Run(parse, given);
                }

                var exit = OrgSource.PullToTemporaryFile(connection, parse, "metrics", Console.Error, out var pulled);
                if (exit != ExitCodes.Ok)
                {
                    return exit;
                }

                try
                {
                    return Run(parse, pulled!);
                }
                finally
                {
                    File.Delete(pulled!);
                }
            });
            return command;

            int Run(ParseResult parse, string path)
            {
                if (!File.Exists(path))
                {
                    return Usage($"transitions file not found: {path}");
                }

                if (!TryDay(parse.GetValue(from), "--from", out var fromDay) || !TryDay(parse.GetValue(to), "--to", out var toDay))
                {
                    return ExitCodes.Usage;
                }

                if (fromDay > toDay)
                {
                    return Usage($"--from {fromDay:yyyy-MM-dd} is after --to {toDay:yyyy-MM-dd}.");
                }

                var options = new MetricsOptions { From = fromDay, To = toDay, Lenient = parse.GetValue(lenient) };
                if (parse.GetValue(targets) is { } targetsPath)
                {
                    try
                    {
                        options = options with { Targets = ConversionTargets.Load(targetsPath) };
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
                    {
                        return Usage($"{targetsPath}: {e.Message}");
                    }
                }

                BowtieMetrics metrics;
                try
                {
                    metrics = TransitionCsvReader.Compute(path, options);
                }
                catch (MetricsInputException e)
                {
                    Console.Error.WriteLine($"funnel metrics: {path} {e.Message}");
                    return ExitCodes.Findings;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return Usage($"cannot read {path}: {e.Message}");
                }

                if (parse.GetValue(output) is { } jsonPath)
                {
                    MetricsJsonWriter.Write(metrics, jsonPath);
                }

                if (parse.GetValue(json))
                {
                    Console.Out.WriteLine(MetricsJsonWriter.ToJson(metrics));
                }
                else
                {
                    var dimension = parse.GetValue(by) == "campaign" ? BreakdownDimension.Campaign : BreakdownDimension.Motion;
                    BowtieTable.Write(metrics, Console.Out, dimension);
                }

                return ExitCodes.Ok;
            }
        }

        private static bool TryDay(string? text, string option, out DateOnly? day)
        {
            day = null;
            if (text is null)
            {
                return true;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                day = parsed;
                return true;
            }

            Usage($"{option} '{text}' is not a day such as 2025-01-31.");
            return false;
        }

        private static int Usage(string message)
        {
            Console.Error.WriteLine($"funnel metrics: {message}");
            return ExitCodes.Usage;
        }
    }
}
