using System;
using System.IO;
using DataverseFunnel.Cli;

namespace DataverseFunnel.Funnel.Tests
{
    /// <summary>
    /// Runs <c>funnel</c> in-process with the console captured. Tests that use it share the "Console" collection,
    /// so they never run at the same time and swap each other's console.
    /// </summary>
    internal static class Cli
    {
        public static (int Exit, string Output, string Error) Run(params string[] args) => RunWithInput(null, args);

        public static (int Exit, string Output, string Error) RunWithInput(string? input, params string[] args)
        {
            var (oldIn, oldOut, oldError) = (Console.In, Console.Out, Console.Error);
            var (output, error) = (new StringWriter(), new StringWriter());
            Console.SetIn(new StringReader(input ?? string.Empty));
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                return (Program.Run(args), output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetIn(oldIn);
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }

        /// <summary>The repository: the folder holding DataverseFunnel.sln above the test's output folder.</summary>
        public static string RepositoryRoot()
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
