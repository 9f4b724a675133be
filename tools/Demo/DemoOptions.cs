namespace DataverseFunnel.Demo
{
    /// <summary>What <c>funnel demo</c> runs: how many journeys, which seed, where the solution is and where output goes.</summary>
    internal sealed record DemoOptions
    {
        public const int DefaultJourneys = 2000;
        public const int DefaultSeed = 2026;

        public int Journeys { get; init; } = DefaultJourneys;

        public int Seed { get; init; } = DefaultSeed;

        public string OutputDirectory { get; init; } = "out";

        /// <summary>The unpacked solution to pack (the repository's Solution/ folder).</summary>
        public required string SolutionFolder { get; init; }

        /// <summary>The signed net462 plugin DLL; null: the repository's Release build.</summary>
        public string? PluginPath { get; init; }
    }
}
