using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace DataverseFunnel.Demo.Tests
{
    /// <summary>
    /// "Stalled journeys" ships one threshold per stage, the p75 days to leave that stage in the metrics of the default
    /// `funnel demo` (the numbers README shows), rounded up. If the demo or the metrics change, this says which default moved.
    /// </summary>
    public sealed class StalledThresholdTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "df-stalled-" + Guid.NewGuid().ToString("N"));

        [Fact]
        public void StalledJourneys_ThresholdOfEachStage_IsTheDefaultDemosP75DaysRoundedUp()
        {
            var report = DemoRunner.Run(new DemoOptions { OutputDirectory = _root, SolutionFolder = RepositoryPaths.Solution }, TextWriter.Null);
            var view = PackedViewsAndCharts.Read(report.SolutionZip).Views.Single(v => v.Name == "Stalled journeys");

            // One and-group per stage inside the or-group: bowtie_stage eq <stage>, bowtie_stageenteredon olderthan-x-days <days>.
            var thresholds = view.Fetch.Descendants("filter").Where(f => (string?)f.Attribute("type") == "and" && f.Elements("condition").Count() == 2)
                .ToDictionary(
                    f => int.Parse(f.Elements("condition").Single(c => (string?)c.Attribute("attribute") == "bowtie_stage").Attribute("value")!.Value, CultureInfo.InvariantCulture),
                    f => int.Parse(f.Elements("condition").Single(c => (string?)c.Attribute("operator") == "olderthan-x-days").Attribute("value")!.Value, CultureInfo.InvariantCulture));

            var expected = report.Metrics.Stages.Take(report.Metrics.Stages.Count - 1)
                .ToDictionary(s => (int)s.Stage, s => (int)Math.Ceiling(s.P75DaysToNext!.Value));
            Assert.Equal(expected.OrderBy(p => p.Key), thresholds.OrderBy(p => p.Key));
        }

        public void Dispose()
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }
}
