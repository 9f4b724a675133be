using System;
using System.CommandLine;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using DataverseFunnel.SolutionTools.Checking;
using DataverseFunnel.SolutionTools.Packing;

namespace DataverseFunnel.Cli.Commands
{
    /// <summary><c>funnel check</c>: validate a solution zip or folder; exit 0 passes, 1 errors (or warnings with --strict), 2 bad usage.</summary>
    internal sealed class CheckCommand : IFunnelCommand
    {
        private static readonly JsonSerializerOptions Json = new()
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // output for people and tools, not for HTML
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) }, // "severity": "error"
        };

        public Command Build()
        {
            var path = new Argument<string>("ZIP-or-FOLDER") { Description = "A solution zip, a folder of a zip's extracted files, or an unpacked (SolutionPackager) folder (packed in memory first)" };
            var schemas = new Option<string?>("--schemas") { Description = "Folder of the 9.0.0.2090 schemas (default: $DATAVERSE_SCHEMAS, then ../shared/schemas/dataverse-9.0.0.2090 beside the repository)" };
            var json = new Option<bool>("--json") { Description = "Write the findings as a JSON array" };
            var plugin = new Option<string?>("--plugin") { Description = "For a folder: the plugin DLL to generate plugin components from (as funnel pack)" };
            var strict = new Option<bool>("--strict") { Description = "Fail (exit 1) on warnings too, not only on errors" };
            var upgrades = new Option<string?>("--upgrades") { Description = "An earlier version (zip or folder) this one must upgrade: same solution and publisher, higher version, no component removed, no id or column type changed" };
            var rolePolicy = new Option<string?>("--role-policy") { Description = "Least-privilege policy the roles are held to (rule ROLE002; default for a folder: its own RolePolicy.xml)" };
            var command = new Command("check", "Check a solution against Microsoft's schemas and the rules import does not check until it is too late");
            command.Arguments.Add(path);
            command.Options.Add(schemas);
            command.Options.Add(json);
            command.Options.Add(plugin);
            command.Options.Add(strict);
            command.Options.Add(upgrades);
            command.Options.Add(rolePolicy);
            command.SetAction(parse =>
            {
                var target = parse.GetValue(path)!;
                var options = new CheckOptions
                {
                    SchemasDirectory = parse.GetValue(schemas),
                    UpgradesFrom = parse.GetValue(upgrades),
                    RolePolicyFile = parse.GetValue(rolePolicy),
                    Pack = new PackOptions { PluginPath = parse.GetValue(plugin), Log = Console.Error },
                };
                try
                {
                    var findings = SolutionChecker.Check(target, options);
                    var count = Enum.GetValues<Severity>().ToDictionary(s => s, s => findings.Count(f => f.Severity == s));
                    if (parse.GetValue(json))
                    {
                        Console.Out.WriteLine(JsonSerializer.Serialize(findings.ToList(), Json));
                    }
                    else
                    {
                        WriteGrouped(findings, count);
                    }

                    var fails = count[Severity.Error] > 0 || (parse.GetValue(strict) && count[Severity.Warning] > 0);
                    var summary = $"{count[Severity.Error]} error(s), {count[Severity.Warning]} warning(s), {count[Severity.Info]} info";
                    var verdict = fails ? "fails" : findings.Count == 0 ? "clean" : parse.GetValue(strict) ? "passes --strict" : "passes";
                    Console.Error.WriteLine($"funnel check: {target}: {verdict}: {summary}");
                    return fails ? ExitCodes.Findings : ExitCodes.Ok;
                }
                catch (CheckUsageException e)
                {
                    Console.Error.WriteLine($"funnel check: {e.Message}");
                    return ExitCodes.Usage;
                }
            });
            return command;
        }

        /// <summary>Errors first, then warnings, then info, each under a heading with its count.</summary>
        private static void WriteGrouped(IReadOnlyList<Diagnostic> findings, IReadOnlyDictionary<Severity, int> count)
        {
            foreach (var severity in Enum.GetValues<Severity>().Where(s => count[s] > 0))
            {
                Console.Out.WriteLine($"{severity.ToString().ToLowerInvariant()} ({count[severity]}):");
                foreach (var finding in findings.Where(f => f.Severity == severity))
                {
                    Console.Out.WriteLine("  " + finding);
                }
            }
        }
    }
}
