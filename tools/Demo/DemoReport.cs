using System.Collections.Generic;
using DataverseFunnel.Metrics;

namespace DataverseFunnel.Demo
{
    /// <summary>What a demo run produced: the metrics, every refusal, and where the files are.</summary>
    internal sealed record DemoReport(
        DemoScenario Scenario,
        string SolutionZip,
        int StepsRegistered,
        IReadOnlyList<ActionOutcome> Outcomes,
        IReadOnlyList<StageMove> Moves,
        BowtieMetrics Metrics,
        IReadOnlyList<string> Files);
}
