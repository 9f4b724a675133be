using System;
using System.Reflection;
using System.Runtime.Versioning;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;

namespace DataverseFunnel.Benchmarks
{
    /// <summary>
    /// The benchmarks measure the net10.0 build of the plugins (the one the CLI and tests run). A net462 build of the
    /// same assembly also loads on .NET 10, silently without its .NET 8+ fast paths; this check makes that an error.
    /// </summary>
    internal static class PluginBuildCheck
    {
        public static void RequireModernBuild()
        {
            var framework = typeof(VocabularyScanner).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName ?? "unknown";
            if (!framework.StartsWith(".NETCoreApp", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"the benchmark loaded the {framework} build of DataverseFunnel.Plugins, not net10.0: build with -p:BuildShippedPlugin=false");
            }
        }
    }
}
