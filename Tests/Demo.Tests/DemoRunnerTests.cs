using System;
using System.IO;
using System.Linq;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Demo.Tests
{
    /// <summary>One small demo run shared by the tests that only read its report.</summary>
    public sealed class SmallDemo : IDisposable
    {
        public SmallDemo() => Report = Run(Root, "shared");

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "df-demo-" + Guid.NewGuid().ToString("N"));

        internal DemoReport Report { get; }

        internal static DemoReport Run(string root, string name, int journeys = 300, int seed = 11) =>
            DemoRunner.Run(new DemoOptions { Journeys = journeys, Seed = seed, OutputDirectory = Path.Combine(root, name), SolutionFolder = RepositoryPaths.Solution }, TextWriter.Null);

        public void Dispose()
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }

    /// <summary>The demo end to end on a small scenario: the shipped solution, the real plugins, the metrics and the poster.</summary>
    public sealed class DemoRunnerTests : IClassFixture<SmallDemo>
    {
        private readonly SmallDemo _demo;

        public DemoRunnerTests(SmallDemo demo) => _demo = demo;

        [Fact]
        public void Run_SmallScenario_EveryRefusalWasPlannedAndEveryStepCameFromTheZip()
        {
            var report = _demo.Report;

            Assert.Empty(report.Outcomes.Where(o => o.Refused && !o.RefusalExpected).Select(o => $"{o.Action.Kind}: {o.Message}"));
            Assert.Contains(report.Outcomes, o => o.Refused && o.Action.Kind == PlannedActionKind.AttemptSkip);
            // Every declared step reaches the zip, the SetState/SetStateDynamicEntity guard and history steps included (20).
            var declared = DataverseFunnel.Registration.StepRegistrationReader.FromAssembly(typeof(DataverseFunnel.Plugins.PluginBase).Assembly).Count;
            Assert.Equal(20, declared);
            Assert.Equal(declared, report.StepsRegistered);
            Assert.All(report.Files, f => Assert.True(new FileInfo(f).Length > 0, f));
        }

        [Fact]
        public void Run_AttemptsThePlanExpectsRefused_AreAllRefused()
        {
            var report = _demo.Report;

            var attempts = report.Outcomes.Where(o => o.Action.Kind is PlannedActionKind.AttemptSkip or PlannedActionKind.AttemptBackFromCommit or PlannedActionKind.AttemptCommitWithoutTrade).ToList();
            Assert.NotEmpty(attempts);
            Assert.All(attempts, o => Assert.True(o.Refused, $"{o.Action.Kind} of journey {o.Action.Journey} went through"));
        }

        [Fact]
        public void Run_SameSeedTwice_ByteIdenticalOutputs()
        {
            var first = _demo.Report;
            var second = SmallDemo.Run(_demo.Root, "again");

            foreach (var (a, b) in first.Files.Zip(second.Files))
            {
                Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            }
        }

        [Fact]
        public void Run_MetricsFromItsOwnTransitionsCsv_AgreeWithTheInMemoryMetrics()
        {
            var report = _demo.Report;
            var csv = report.Files.Single(f => f.EndsWith("transitions.csv", StringComparison.Ordinal));

            var options = new MetricsOptions { From = report.Metrics.Window.From is { } from ? DateOnly.FromDateTime(from) : null, To = report.Metrics.Window.To is { } to ? DateOnly.FromDateTime(to) : null };
            var fromCsv = TransitionCsvReader.Compute(csv, options);

            Assert.Equal(MetricsJsonWriter.ToJson(report.Metrics), MetricsJsonWriter.ToJson(fromCsv));
        }

        [Fact]
        public void Run_AdminRewriteTerm_RewritesChurnInPlaceInsteadOfRefusing()
        {
            var rewritten = _demo.Report.Outcomes.Where(o => o.Rewritten is not null).ToList();

            Assert.NotEmpty(rewritten);
            Assert.All(rewritten, o =>
            {
                Assert.Contains("churn", o.Action.Text!, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("churn", o.Rewritten!, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("Off-board", o.Rewritten!, StringComparison.Ordinal);
                Assert.False(o.Refused);
            });
        }

        [Fact]
        public void Run_History_OneCreationPerJourneyAndExitsOnlyForPlannedLeavers()
        {
            var report = _demo.Report;

            Assert.Equal(report.Scenario.Journeys.Count, report.Moves.Count(m => m.From is null && m.Exit is null && m.To == BowtieStage.Prospect));
            var leavers = report.Scenario.Actions.Count(a => a.Kind is PlannedActionKind.OffBoard or PlannedActionKind.NotAFit);
            Assert.Equal(leavers, report.Moves.Count(m => m.Exit is not null));
        }
    }
}
