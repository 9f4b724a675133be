using System;
using System.CommandLine;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using DataverseFunnel.Demo;
using DataverseFunnel.InMemory;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Plugins;
using DataverseFunnel.WebApi.Hosting;

namespace DataverseFunnel.Cli.Commands
{
    /// <summary>
    /// <c>funnel serve</c>: a local Dataverse Web API on 127.0.0.1 over the in-memory org, with our solution imported through
    /// the same path as the ImportSolution action and our plugins running behind it. Serves until Ctrl+C or SIGTERM.
    /// </summary>
    internal sealed class ServeCommand : IFunnelCommand
    {
        public const int DefaultDemoJourneys = 200;

        public Command Build()
        {
            var solution = new Option<string?>("--solution") { Description = "Solution zip or unpacked folder to import (default: the repository's Solution/, packed in memory)" };
            var empty = new Option<bool>("--empty") { Description = "Start a bare org with nothing imported" };
            var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1 (0: a free port)", DefaultValueFactory = _ => ServerOptions.DefaultPort };
            var demo = new Option<int?>("--demo") { Description = $"Seed journeys through the plugins as `funnel demo` does (default {DefaultDemoJourneys})", Arity = ArgumentArity.ZeroOrOne };
            var token = new Option<string?>("--token") { Description = "The bearer token clients must send (default: generated and printed)" };
            var throttle = new Option<string?>("--throttle") { Description = "Simulated service protection, e.g. requests=600/300s,concurrent=52 (default: off)" };
            var command = new Command("serve", "Serve a local Dataverse Web API (OData v4) on 127.0.0.1 over the in-memory org, with the solution imported and its plugins running");
            foreach (var option in new Option[] { solution, empty, port, demo, token, throttle }) command.Options.Add(option);
            command.SetAction(parse => Run(parse.GetValue(solution), parse.GetValue(empty), parse.GetValue(port), parse.GetResult(demo) is not null ? parse.GetValue(demo) ?? DefaultDemoJourneys : null,
                parse.GetValue(token), parse.GetValue(throttle)).GetAwaiter().GetResult());
            return command;
        }

        private static async Task<int> Run(string? solution, bool empty, int port, int? demo, string? token, string? throttleText)
        {
            if (port is < 0 or > 65535) return Usage($"--port must be between 0 and 65535 (got {port})");
            if (empty && (solution is not null || demo is not null)) return Usage("--empty cannot be combined with --solution or --demo");
            if (demo is < 1 or > 1_000_000) return Usage($"--demo must be between 1 and 1,000,000 journeys (got {demo})");
            if (token is { Length: 0 }) return Usage("--token cannot be empty");
            ThrottleSpec? throttle = null;
            try
            {
                if (throttleText is not null) throttle = ThrottleSpec.Parse(throttleText);
            }
            catch (FormatException e)
            {
                return Usage(e.Message);
            }

            ServedOrganization organization;
            try
            {
                organization = empty ? SolutionImporter.Empty(TimeProvider.System) : Import(solution, demo);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                Console.Error.WriteLine($"funnel serve: {e.Message}");
                return ExitCodes.Findings;
            }
            catch (PackException e)
            {
                Console.Error.WriteLine($"funnel serve: the solution does not pack ({e.Problems.Count} problem(s)): {e.Problems[0]}");
                return ExitCodes.Findings;
            }

            token ??= Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            WebApiServer server;
            try
            {
                server = await WebApiServer.StartAsync(new ServerOptions { Port = port, Token = token, Throttle = throttle }, organization).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"funnel serve: cannot listen on 127.0.0.1:{port}: {e.Message}");
                return ExitCodes.Findings;
            }

            await using (server.ConfigureAwait(false))
            {
                Console.Out.WriteLine($"Dataverse Web API: {server.ServiceRoot}");
                Console.Error.WriteLine($"Token: {token}   (send Authorization: Bearer {token})");
                Console.Error.WriteLine($"Browser sign-in: {server.BaseAddress}signin?token={token}&redirect=/api/data/v9.2/");
                Console.Error.WriteLine("Press Ctrl+C to stop.");
                await server.WaitForShutdownAsync().ConfigureAwait(false);
            }

            Console.Error.WriteLine("funnel serve: stopped.");
            return ExitCodes.Ok;
        }

        /// <summary>The org `funnel serve` serves: the solution imported, and with --demo the seeded journeys (the browser tests start it so).</summary>
        internal static ServedOrganization Import(string? solution, int? demo)
        {
            var zip = ReadSolution(solution);
            if (demo is not int journeys) return SolutionImporter.Import(zip, TimeProvider.System);
            // The demo drives a seeded year on the org's clock, which it moves; it stays at the scenario's end afterwards.
            var scenario = ScenarioPlanner.Plan(journeys, DemoOptions.DefaultSeed);
            var organization = SolutionImporter.Import(zip, new ManualClock(new DateTimeOffset(ScenarioPlanner.ImportedOn.AddHours(-1), TimeSpan.Zero)));
            Console.Error.WriteLine($"Seeding {journeys:N0} journeys through the plugins…");
            new ScenarioDriver(organization.Org, scenario, Console.Error).Run();
            return organization;
        }

        /// <summary>A zip as is; a folder (or the repository's Solution/ by default) packed in memory as `funnel pack` does.</summary>
        private static byte[] ReadSolution(string? solution)
        {
            if (solution is not null && File.Exists(solution)) return File.ReadAllBytes(solution);
            var folder = solution;
            if (folder is null)
            {
                var repository = PluginLocator.FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? PluginLocator.FindRepositoryRoot(AppContext.BaseDirectory)
                    ?? throw new IOException("no solution given and no repository found (run it inside the repository or pass --solution)");
                folder = Path.Combine(repository, "Solution");
            }

            if (!Directory.Exists(folder)) throw new IOException($"solution not found: {folder}");
            return SolutionZip.ToBytes(SolutionPacker.Pack(folder, new PackOptions { Log = Console.Error }));
        }

        private static int Usage(string message)
        {
            Console.Error.WriteLine($"funnel serve: {message}");
            return ExitCodes.Usage;
        }
    }
}
