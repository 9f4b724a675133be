using System;
using System.CommandLine;
using System.Globalization;
using DataverseFunnel.Cli.Org;
using DataverseFunnel.Metrics;
using DataverseFunnel.OrgClient;

namespace DataverseFunnel.Cli.Commands
{
    /// <summary>
    /// <c>funnel pull --org URL --out transitions.csv [--from D --to D]</c>: the org's stage history as our transitions
    /// CSV, streamed page by page. Exit 0 written, 1 refused, 2 bad usage.
    /// </summary>
    internal sealed class PullCommand : IFunnelCommand
    {
        private readonly OrgVerbIo io = new();

        public PullCommand()
        {
        }

        /// <summary>For tests: a scripted org and captured output.</summary>
        internal PullCommand(OrgVerbIo io) => this.io = io;

        public Command Build()
        {
            var connection = new OrgCommandOptions(io.Handler);
            var target = new Option<string>("--out") { Description = $"The transitions CSV to write ({TransitionCsv.Header})", Required = true };
            var from = new Option<string?>("--from") { Description = "Only moves on or after this day (yyyy-MM-dd, UTC)" };
            var to = new Option<string?>("--to") { Description = "Only moves up to this day, inclusive (yyyy-MM-dd, UTC)" };
            var pageSize = new Option<int>("--page-size") { Description = "Rows per page (1-5000)", DefaultValueFactory = _ => WebApiClient.MaxPageSize };
            var command = new Command("pull", "Read the org's stage history (bowtie_stagetransition) into a transitions CSV for funnel metrics");
            connection.AddTo(command);
            command.Options.Add(target);
            command.Options.Add(from);
            command.Options.Add(to);
            command.Options.Add(pageSize);
            command.SetAction(parse =>
            {
                var (stdout, stderr) = (io.Out, io.Err);
                var redactor = new Redactor(Array.Empty<string>());
                return OrgVerb.Run("pull", stderr, redactor, async () =>
                {
                    var fromDay = Day(parse.GetValue(from), "--from");
                    var toDay = Day(parse.GetValue(to), "--to");
                    if (fromDay > toDay)
                    {
                        throw new OrgUsageException($"--from {fromDay:yyyy-MM-dd} is after --to {toDay:yyyy-MM-dd}");
                    }

                    var size = parse.GetValue(pageSize);
                    if (size is < 1 or > WebApiClient.MaxPageSize)
                    {
                        throw new OrgUsageException($"--page-size must be 1 to {WebApiClient.MaxPageSize}");
                    }

                    var path = parse.GetValue(target)!;
                    using var client = connection.Open(parse, redactor, stderr);
                    var moves = await TransitionPull.PullAsync(client, path, fromDay, toDay, stderr, size).ConfigureAwait(false);
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {moves:N0} moves from {client.Endpoint.Name}"));
                    return ExitCodes.Ok;
                });
            });
            return command;
        }

        /// <summary>A yyyy-MM-dd day, or null when absent.</summary>
        internal static DateOnly? Day(string? text, string option) =>
            text is null ? null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
            : throw new OrgUsageException($"{option} '{text}' is not a day such as 2025-01-31");
    }
}
