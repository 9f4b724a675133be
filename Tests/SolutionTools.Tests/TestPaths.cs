using System;
using System.IO;

namespace DataverseFunnel.SolutionTools.Tests
{
    /// <summary>Where the repository, the shared reference material and the schemas are, seen from the test binaries.</summary>
    internal static class TestPaths
    {
        public static string RepositoryRoot
        {
            get
            {
                for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, "DataverseFunnel.sln")))
                    {
                        return directory.FullName;
                    }
                }

                throw new InvalidOperationException("DataverseFunnel.sln not found above the test binaries");
            }
        }

        public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

        /// <summary>The real exports the project carries (Tests/Fixtures/RealExports, MIT, sources in its README).</summary>
        public static string RealExports => Path.Combine(RepositoryRoot, "Tests", "Fixtures", "RealExports");

        public static string DynReqMgmtPackage =>
            Path.Combine(RealExports, "dyn-req-mgmt-unpacked", "SolutionPackage", "package");

        /// <summary>The 9.0.0.2090 schemas: DATAVERSE_SCHEMAS, else ../shared/schemas/dataverse-9.0.0.2090; null when absent.</summary>
        public static string? Schemas
        {
            get
            {
                var fromEnvironment = Environment.GetEnvironmentVariable("DATAVERSE_SCHEMAS");
                var candidate = string.IsNullOrWhiteSpace(fromEnvironment)
                    ? Path.Combine(Shared, "schemas", "dataverse-9.0.0.2090")
                    : fromEnvironment;
                return File.Exists(Path.Combine(candidate, "CustomizationsSolution.xsd")) ? candidate : null;
            }
        }

        public static string OurSolutionFolder => Path.Combine(RepositoryRoot, "Solution");

        /// <summary>A fresh empty folder under the system temp directory.</summary>
        public static string NewTempFolder()
        {
            var path = Path.Combine(Path.GetTempPath(), "df-packer-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return path;
        }

        public static void CopyDirectory(string source, string destination)
        {
            foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            {
                Directory.CreateDirectory(Path.Combine(destination, Path.GetRelativePath(source, directory)));
            }

            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(destination, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
                File.SetAttributes(target, FileAttributes.Normal);
            }
        }
    }
}
