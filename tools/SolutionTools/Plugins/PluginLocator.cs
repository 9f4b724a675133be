using System;
using System.Diagnostics;
using System.IO;

namespace DataverseFunnel.SolutionTools.Plugins
{
    /// <summary>
    /// Finds the signed net462 plugin DLL for our own solution: the repository is the folder holding
    /// DataverseFunnel.sln above the solution folder; when the Release build is missing, it is built once.
    /// </summary>
    public static class PluginLocator
    {
        public const string SolutionFileName = "DataverseFunnel.sln";
        public const string RelativeProject = "Plugins/Plugins.csproj";
        public const string RelativeDll = "Plugins/bin/Release/net462/DataverseFunnel.Plugins.dll";

        /// <summary>Walks up from <paramref name="start"/> to the folder that holds DataverseFunnel.sln.</summary>
        public static string? FindRepositoryRoot(string start)
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
                {
                    return directory.FullName;
                }
            }

            return null;
        }

        /// <summary>True when the folder belongs to our repository, whose solution ships the generated plugin components.</summary>
        public static bool IsOurSolutionFolder(string folder)
        {
            var repository = FindRepositoryRoot(folder);
            return repository is not null && File.Exists(Path.Combine(repository, RelativeProject));
        }

        /// <summary>
        /// Returns the default plugin DLL path, building it when absent or older than a plugin source file (a stale DLL
        /// would ship stale step registrations). The build's output goes to <paramref name="log"/>. Throws
        /// <see cref="InvalidOperationException"/> with one clear line when it cannot be had.
        /// </summary>
        public static string LocateDefault(string folder, TextWriter log)
        {
            var repository = FindRepositoryRoot(folder)
                ?? throw new InvalidOperationException($"no {SolutionFileName} above {folder}: pass --plugin PATH-TO-net462-DLL");
            var dll = Path.Combine(repository, RelativeDll);
            var project = Path.Combine(repository, RelativeProject);
            var newestSource = NewestSource(Path.GetDirectoryName(project)!);
            if (File.Exists(dll) && File.GetLastWriteTimeUtc(dll) >= newestSource)
            {
                return dll;
            }

            var why = File.Exists(dll) ? "older than the plugin sources" : "not found";
            log.WriteLine($"plugin DLL {why} at {dll}; building it: dotnet build {project} -c Release -f net462");
            var start = new ProcessStartInfo("dotnet", new[] { "build", project, "-c", "Release", "-f", "net462", "-nologo" })
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start 'dotnet build' for the plugin assembly");
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log.WriteLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log.WriteLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            if (process.ExitCode != 0 || !File.Exists(dll))
            {
                throw new InvalidOperationException($"building the plugin assembly failed (dotnet build {RelativeProject} -c Release -f net462 exited {process.ExitCode}); fix the build or pass --plugin PATH");
            }

            return dll;
        }

        private static DateTime NewestSource(string projectDirectory)
        {
            var newest = DateTime.MinValue;
            foreach (var file in Directory.EnumerateFiles(projectDirectory, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(projectDirectory, file);
                var generated = relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
                if (!generated && (file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".csproj", StringComparison.Ordinal) || file.EndsWith(".snk", StringComparison.Ordinal)))
                {
                    var written = File.GetLastWriteTimeUtc(file);
                    newest = written > newest ? written : newest;
                }
            }

            return newest;
        }
    }
}
