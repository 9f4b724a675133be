using System.IO;

namespace DataverseFunnel.SolutionTools.Packing
{
    /// <summary>How to pack a folder.</summary>
    public sealed class PackOptions
    {
        /// <summary>
        /// The plugin DLL to generate the plugin assembly and steps from. Null: our own solution folder (one inside the
        /// DataverseFunnel repository) uses the Release net462 build; any other folder is packed as it is.
        /// </summary>
        public string? PluginPath { get; init; }

        /// <summary>
        /// The solution version to pack (a.b.c.d), replacing Other/Solution.xml's &lt;Version&gt; in the zip and its name;
        /// null packs the source's version. The source stays the version of record (bumped with CHANGELOG.md);
        /// this is for a build that stamps its own number.
        /// </summary>
        public string? Version { get; init; }

        /// <summary>Pack the folder exactly as it is, never generating plugin components.</summary>
        public bool NoPluginGeneration { get; init; }

        /// <summary>Write the generated plugin files into the folder too (pack does; check packs in memory only).</summary>
        public bool WriteGeneratedFiles { get; init; }

        /// <summary>Where progress such as a plugin build goes (stderr for the CLI).</summary>
        public TextWriter Log { get; init; } = TextWriter.Null;
    }
}
