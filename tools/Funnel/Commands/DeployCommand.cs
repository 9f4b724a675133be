using System;
using System.CommandLine;
using System.IO;
using DataverseFunnel.Cli.Org;
using DataverseFunnel.OrgClient;
using DataverseFunnel.SolutionTools.Packing;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.Cli.Commands
{
    /// <summary>
    /// <c>funnel deploy --org URL [--zip ZIP] [--overwrite] [--no-publish]</c>: import our solution (packed first when no
    /// zip is given), publish, and verify. Exit 0 only when the import succeeded and everything the zip ships is there and
    /// enabled; 1 otherwise; 2 bad usage.
    /// </summary>
    internal sealed class DeployCommand : IFunnelCommand
    {
        private readonly OrgVerbIo io = new();
        private readonly TimeSpan pollInterval = TimeSpan.FromSeconds(1);

        public DeployCommand()
        {
        }

        /// <summary>For tests: a scripted org, captured output, and no wait between polls.</summary>
        internal DeployCommand(OrgVerbIo io, TimeSpan pollInterval) => (this.io, this.pollInterval) = (io, pollInterval);

        public Command Build()
        {
            var connection = new OrgCommandOptions(io.Handler);
            var zip = new Option<string?>("--zip") { Description = "Solution zip to import (default: pack Solution/ of the repository first)" };
            var overwrite = new Option<bool>("--overwrite") { Description = "Overwrite unmanaged customizations already in the org" };
            var noPublish = new Option<bool>("--no-publish") { Description = "Skip PublishAllXml after the import" };
            var importMinutes = new Option<int>("--import-timeout") { Description = "Minutes to wait for the import job", DefaultValueFactory = _ => 60 };
            var command = new Command("deploy", "Import the solution into an org (ImportSolutionAsync), show its progress, publish, and verify steps, flow and tables");
            connection.AddTo(command);
            foreach (var option in new Option[] { zip, overwrite, noPublish, importMinutes })
            {
                command.Options.Add(option);
            }

            command.SetAction(parse =>
            {
                var (stdout, stderr) = (io.Out, io.Err);
                var redactor = new Redactor(Array.Empty<string>());
                return OrgVerb.Run("deploy", stderr, redactor, async () =>
                {
                    // Check the connection options before spending time on packing.
                    connection.Read(parse).Validate();
                    var minutes = parse.GetValue(importMinutes);
                    if (minutes < 1)
                    {
                        throw new OrgUsageException("--import-timeout must be at least 1 minute");
                    }

                    var path = parse.GetValue(zip) ?? Pack(stderr);
                    if (!File.Exists(path))
                    {
                        throw new OrgUsageException($"zip not found: {path}");
                    }

                    byte[] bytes = await File.ReadAllBytesAsync(path).ConfigureAwait(false);
                    using var client = connection.Open(parse, redactor, stderr);
                    var deployer = new SolutionDeployer(client, stdout, pollInterval, TimeSpan.FromMinutes(minutes), TimeProvider.System);
                    return await deployer.DeployAsync(bytes, parse.GetValue(overwrite), !parse.GetValue(noPublish)).ConfigureAwait(false);
                });
            });
            return command;
        }

        // The same packer as funnel pack, into a temporary folder: the repository's out/ is left as it is.
        private static string Pack(TextWriter log)
        {
            var repository = PluginLocator.FindRepositoryRoot(Directory.GetCurrentDirectory())
                ?? throw new OrgUsageException("no --zip given and not inside the repository to pack Solution/ from");
            var destination = Path.Combine(Path.GetTempPath(), "funnel-deploy-" + Guid.NewGuid().ToString("N"));
            try
            {
                return SolutionPacker.PackToDirectory(Path.Combine(repository, "Solution"), destination, new PackOptions { Log = log });
            }
            catch (Exception e) when (e is PackException or NotASolutionFolderException or IOException)
            {
                throw new OrgUsageException($"packing Solution/ failed: {e.Message}");
            }
        }
    }
}
