using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.SolutionTools.Checking
{
    /// <summary>Finds Microsoft's 9.0.0.2090 schemas: --schemas, then DATAVERSE_SCHEMAS, then ../shared/schemas beside the repository.</summary>
    public static class SchemaLocator
    {
        public const string EnvironmentVariable = "DATAVERSE_SCHEMAS";
        public const string MainSchema = "CustomizationsSolution.xsd";
        private const string SharedRelative = "../shared/schemas/dataverse-9.0.0.2090";

        /// <summary>Returns the schema folder or throws <see cref="CheckUsageException"/> saying where it looked.</summary>
        public static string Resolve(string? explicitDirectory, params string[] searchFrom)
        {
            if (!string.IsNullOrWhiteSpace(explicitDirectory))
            {
                return Verified(explicitDirectory, "--schemas");
            }

            var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return Verified(fromEnvironment, EnvironmentVariable);
            }

            var candidates = new List<string>();
            foreach (var start in searchFrom.Append(Directory.GetCurrentDirectory()).Append(AppContext.BaseDirectory))
            {
                var repository = PluginLocator.FindRepositoryRoot(start);
                if (repository is not null)
                {
                    var candidate = Path.GetFullPath(Path.Combine(repository, SharedRelative));
                    if (File.Exists(Path.Combine(candidate, MainSchema)))
                    {
                        return candidate;
                    }

                    candidates.Add(candidate);
                }
            }

            var looked = candidates.Count == 0 ? "no DataverseFunnel.sln found to look beside" : "looked in " + string.Join(", ", candidates.Distinct());
            throw new CheckUsageException($"schemas not found ({looked}): pass --schemas DIR or set {EnvironmentVariable} to the 9.0.0.2090 schema folder");
        }

        private static string Verified(string directory, string source)
        {
            var full = Path.GetFullPath(directory);
            return File.Exists(Path.Combine(full, MainSchema))
                ? full
                : throw new CheckUsageException($"schemas not found: {source} points to {full}, which has no {MainSchema}");
        }
    }
}
