using System.Collections.Generic;
using DataverseFunnel.InMemory;
using DataverseFunnel.Metrics;

namespace DataverseFunnel.Demo
{
    /// <summary>What a demo run produced: the metrics, every refusal, where the files are, and the org it ran on (for queries after the run).</summary>
    internal sealed record DemoReport(
        DemoScenario Scenario,
        string SolutionZip,
        int StepsRegistered,
        IReadOnlyList<ActionOutcome> Outcomes,
        IReadOnlyList<StageMove> Moves,
        BowtieMetrics Metrics,
        IReadOnlyList<string> Files,
        InMemoryOrganization Organization);
}
