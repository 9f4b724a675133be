using System;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using DataverseFunnel.SolutionTools.Checking;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.Cli.Commands
{
    /// <summary><c>funnel check</c>: validate a solution zip or folder; exit 0 clean, 1 findings, 2 bad usage.</summary>
    internal sealed class CheckCommand : IFunnelCommand
    {
        private static readonly JsonSerializerOptions Json = new()
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // output for people and tools, not for HTML
        };

        public Command Build()
        {
            var path = new Argument<string>("ZIP-or-FOLDER") { Description = "A solution zip, or an unpacked folder (packed in memory first)" };
            var schemas = new Option<string?>("--schemas") { Description = "Folder of the 9.0.0.2090 schemas (default: $DATAVERSE_SCHEMAS, then ../shared/schemas/dataverse-9.0.0.2090 beside the repository)" };
            var json = new Option<bool>("--json") { Description = "Write the findings as a JSON array" };
            var plugin = new Option<string?>("--plugin") { Description = "For a folder: the plugin DLL to generate plugin components from (as funnel pack)" };
            var command = new Command("check", "Check a solution against Microsoft's schemas and the rules import does not check until it is too late");
            command.Arguments.Add(path);
            command.Options.Add(schemas);
            command.Options.Add(json);
            command.Options.Add(plugin);
            command.SetAction(parse =>
            {
                var target = parse.GetValue(path)!;
                var options = new CheckOptions
                {
                    SchemasDirectory = parse.GetValue(schemas),
                    Pack = new PackOptions { PluginPath = parse.GetValue(plugin), Log = Console.Error },
                };
                try
                {
                    var findings = SolutionChecker.Check(target, options);
                    if (parse.GetValue(json))
                    {
                        Console.Out.WriteLine(JsonSerializer.Serialize(findings.ToList(), Json));
                    }
                    else
                    {
                        foreach (var finding in findings)
                        {
                            Console.Out.WriteLine(finding);
                        }

                        Console.Error.WriteLine(findings.Count == 0 ? $"funnel check: {target}: clean" : $"funnel check: {target}: {findings.Count} finding(s)");
                    }

                    return findings.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
                }
                catch (CheckUsageException e)
                {
                    Console.Error.WriteLine($"funnel check: {e.Message}");
                    return ExitCodes.Usage;
                }
            });
            return command;
        }
    }
}
