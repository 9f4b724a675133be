using System;
using System.CommandLine;
using System.Linq;
using System.Reflection;

namespace DataverseFunnel.Cli
{
    /// <summary>Parses the command line and dispatches to a verb; nothing else lives here.</summary>
    internal static class Program
    {
        public static int Main(string[] args) => Run(args);

        /// <summary>Entry point shared with in-process tests.</summary>
        internal static int Run(string[] args)
        {
            var root = BuildRoot();
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // One clear line per problem, exit code 2: bad usage (System.CommandLine's default is 1).
                foreach (var error in parsed.Errors)
                {
                    Console.Error.WriteLine($"funnel: {error.Message}");
                }

                Console.Error.WriteLine("Run 'funnel --help' for usage.");
                return ExitCodes.Usage;
            }

            return parsed.Invoke();
        }

        private sealed class SynchronousVersionAction : System.CommandLine.Invocation.SynchronousCommandLineAction
        {
            public override int Invoke(ParseResult parseResult)
            {
                var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
                parseResult.InvocationConfiguration.Output.WriteLine(version);
                return ExitCodes.Ok;
            }
        }

        internal static RootCommand BuildRoot()
        {
            var root = new RootCommand(
                "DataverseFunnel: the revenue bowtie (Prospect → MQL → SQL → Commit → Live → Recurring → LTV) in Dataverse.");
            var verbs = typeof(Program).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && !t.IsInterface && typeof(IFunnelCommand).IsAssignableFrom(t))
                .Select(t => (IFunnelCommand)Activator.CreateInstance(t)!)
                .Select(c => c.Build())
                .OrderBy(c => c.Name, StringComparer.Ordinal);
            foreach (var verb in verbs)
            {
                root.Subcommands.Add(verb);
            }

            // --version prints funnel's own version, also when funnel runs in-process (tests), where the entry
            // assembly System.CommandLine would ask is the host's.
            foreach (var option in root.Options)
            {
                if (option is VersionOption version)
                {
                    version.Action = new SynchronousVersionAction();
                }
            }

            return root;
        }
    }
}
