using System;
using System.CommandLine;
using System.IO;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.Cli.Commands
{
    /// <summary><c>funnel pack</c>: folder in the SolutionPackager layout → deterministic unmanaged solution zip.</summary>
    internal sealed class PackCommand : IFunnelCommand
    {
        public Command Build()
        {
            var folder = new Option<string?>("--folder") { Description = "Unpacked solution folder (default: Solution/ of the repository)" };
            var output = new Option<string?>("--out") { Description = "Directory for UniqueName_a_b_c_d.zip (default: out/ of the repository)" };
            var plugin = new Option<string?>("--plugin") { Description = "Signed net462 plugin DLL to generate the plugin assembly and steps from (default for our solution: Plugins/bin/Release/net462)" };
            var noPlugin = new Option<bool>("--no-plugin") { Description = "Pack the folder as it is, without generating plugin components" };
            var version = new Option<string?>("--version") { Description = "Solution version a.b.c.d for this build (default: <Version> in Other/Solution.xml); names the zip" };
            var command = new Command("pack", "Pack an unpacked solution folder into an importable, byte-for-byte reproducible solution zip; prints the zip path last");
            command.Options.Add(folder);
            command.Options.Add(output);
            command.Options.Add(plugin);
            command.Options.Add(noPlugin);
            command.Options.Add(version);
            command.SetAction(parse =>
            {
                var repository = PluginLocator.FindRepositoryRoot(Directory.GetCurrentDirectory());
                var source = parse.GetValue(folder) ?? (repository is null ? "Solution" : Path.Combine(repository, "Solution"));
                var destination = parse.GetValue(output) ?? (repository is null ? "out" : Path.Combine(repository, "out"));
                if (!Directory.Exists(source))
                {
                    Console.Error.WriteLine($"funnel pack: folder not found: {source}");
                    return ExitCodes.Usage;
                }

                var options = new PackOptions
                {
                    PluginPath = parse.GetValue(plugin),
                    NoPluginGeneration = parse.GetValue(noPlugin),
                    Version = parse.GetValue(version),
                    WriteGeneratedFiles = true,
                    Log = Console.Error,
                };
                try
                {
                    Console.Out.WriteLine(SolutionPacker.PackToDirectory(source, destination, options));
                    return ExitCodes.Ok;
                }
                catch (NotASolutionFolderException e)
                {
                    Console.Error.WriteLine(e.Message);
                    return ExitCodes.Findings;
                }
                catch (PackException e)
                {
                    foreach (var problem in e.Problems)
                    {
                        Console.Error.WriteLine(problem);
                    }

                    Console.Error.WriteLine($"funnel pack: {e.Problems.Count} problem(s); nothing written");
                    return ExitCodes.Findings;
                }
                catch (IOException e)
                {
                    Console.Error.WriteLine($"funnel pack: {e.Message}");
                    return ExitCodes.Findings;
                }
            });
            return command;
        }
    }
}
