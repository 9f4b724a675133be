using System;
using System.IO;
using System.Reflection;

namespace DataverseFunnel.XrmSdk.Tests.Surface
{
    /// <summary>Locates build outputs of this repository for the configuration the tests were built with.</summary>
    internal static class RepositoryPaths
    {
        internal static string Root
        {
            get
            {
                var directory = new DirectoryInfo(AppContext.BaseDirectory);
                while (directory != null && !File.Exists(Path.Combine(directory.FullName, "DataverseFunnel.sln")))
                {
                    directory = directory.Parent;
                }

                return directory?.FullName
                    ?? throw new InvalidOperationException("DataverseFunnel.sln not found above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>The build configuration of the running test assembly (e.g. Debug, Sdk).</summary>
        internal static string Configuration =>
            typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
            ?? throw new InvalidOperationException("The test assembly has no AssemblyConfigurationAttribute.");

        internal static string Output(string projectDirectory, string targetFramework, string fileName) =>
            Path.Combine(Root, projectDirectory, "bin", Configuration, targetFramework, fileName);
    }
}
