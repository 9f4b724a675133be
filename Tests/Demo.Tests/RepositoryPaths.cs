using System;
using System.IO;

namespace DataverseFunnel.Demo.Tests
{
    /// <summary>Finds the repository (the folder holding DataverseFunnel.sln) from the test's output folder.</summary>
    internal static class RepositoryPaths
    {
        public static string Root { get; } = FindRoot();

        public static string Solution => Path.Combine(Root, "Solution");

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DataverseFunnel.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("DataverseFunnel.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
