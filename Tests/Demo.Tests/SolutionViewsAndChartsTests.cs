using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using DataverseFunnel.InMemory;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.Demo.Tests
{
    /// <summary>
    /// Every view and chart of the packed solution, run as FetchXML against the org the demo left behind. Each view is
    /// found by name and its rows are checked against a small predicate over the org's rows; each chart is run over
    /// every main view of its table and its groups checked against the same rows grouped in LINQ. A view or chart
    /// without an expectation here fails, so new ones cannot slip through untested.
    /// </summary>
    public sealed class SolutionViewsAndChartsTests : IClassFixture<SmallDemo>
    {
        private const int Active = 0;
        private const int Inactive = 1;
        private const int OffBoarded = 269840000;
        private const int GetWell = 269840001;
        private const int SqlStage = 269840002;
        private const int CommitStage = 269840003;

        /// <summary>Stalled after this many days in the stage: the p75 days of the default demo's metrics, rounded up (LTV never stalls).</summary>
        private static readonly Dictionary<int, int> StalledAfterDays = new()
        {
            [269840000] = 28, [269840001] = 17, [269840002] = 120, [269840003] = 33, [269840004] = 79, [269840005] = 96,
        };

        private static readonly string[] StageAliases = { "prospect", "mql", "sql", "commit", "live", "recurring", "ltv" };

        private static readonly string[] FirstEnteredColumns =
            { "bowtie_prospecton", "bowtie_mqlon", "bowtie_sqlon", "bowtie_commiton", "bowtie_liveon", "bowtie_recurringon", "bowtie_ltvon" };

        private readonly InMemoryOrganization _org;
        private readonly IOrganizationService _service;
        private readonly Guid _viewer;
        private readonly BowtieMetrics _metrics;
        private readonly DateTime _now;
        private readonly IReadOnlyList<PackedQuery> _views;
        private readonly IReadOnlyList<PackedQuery> _charts;

        public SolutionViewsAndChartsTests(SmallDemo demo)
        {
            _org = demo.Report.Organization;
            // Views run as the marketer, who creates (and so owns) most journeys: "My open journeys" has rows to check.
            _viewer = DemoUsers.Marketer;
            _service = _org.CreateService(_viewer);
            _metrics = demo.Report.Metrics;
            _now = _org.Clock.GetUtcNow().UtcDateTime;
            (_views, _charts) = PackedViewsAndCharts.Read(demo.Report.SolutionZip);
        }

        /// <summary>What each view should return, by view name: a readable predicate over a row of its table.</summary>
        private Dictionary<string, Func<Entity, bool>> ViewPredicates() => new()
        {
            // Journeys
            ["Journeys by stage"] = IsActive,
            ["Revenue journeys lookup view"] = IsActive,
            ["Revenue journeys associated view"] = IsActive,
            ["Revenue journeys advanced find view"] = _ => true,
            ["Inactive revenue journeys"] = j => State(j) == Inactive,
            ["Off-boarded customers"] = j => State(j) == Inactive && Option(j, "statuscode") == OffBoarded,
            ["Get-well customers"] = j => IsActive(j) && Option(j, "bowtie_health") == GetWell && Option(j, "bowtie_stage") >= CommitStage,
            ["SQLs this quarter"] = j => InThisQuarter(Date(j, "bowtie_sqlon")),
            ["Stalled journeys"] = j => IsActive(j) && Option(j, "bowtie_stage") is int stage && StalledAfterDays.TryGetValue(stage, out var days)
                && Date(j, "bowtie_stageenteredon") < _now.Date.AddDays(-days),
            ["My open journeys"] = j => IsActive(j) && j.GetAttributeValue<EntityReference>("ownerid")?.Id == _viewer,
            ["Cohort: journeys that entered the bowtie in the last 12 months"] = j => Date(j, "bowtie_prospecton") is DateTime entered && entered >= _now.Date.AddMonths(-12) && entered <= _now,
            ["Quick find active revenue journeys"] = j => IsActive(j) && (StartsWith(j, "bowtie_name", "Outbound") || StartsWith(j, "bowtie_campaign", "Outbound")),
            // Stage transitions (history rows have no state filter)
            ["All stage transitions"] = _ => true,
            ["Stage transitions lookup view"] = _ => true,
            ["Stage transitions associated view"] = _ => true,
            ["Stage transitions advanced find view"] = _ => true,
            ["Recent stage transitions"] = t => Date(t, "bowtie_movedon") is DateTime moved && moved >= _now.Date.AddDays(-30) && moved <= _now,
            ["Quick find active stage transitions"] = t => StartsWith(t, "bowtie_name", "Outbound") || StartsWith(t, "bowtie_campaign", "Outbound"),
            // Business process flow instances
            ["Active bowtie journey flows"] = IsActive,
            ["Bowtie journey flows lookup view"] = IsActive,
            ["Bowtie journey flows associated view"] = IsActive,
            ["Bowtie journey flows advanced find view"] = _ => true,
            ["Quick find active bowtie journey flows"] = f => IsActive(f) && StartsWith(f, "bpf_name", "Outbound"),
            // Vocabulary terms
            ["Active vocabulary terms"] = IsActive,
            ["Vocabulary terms lookup view"] = IsActive,
            ["Vocabulary terms associated view"] = IsActive,
            ["Vocabulary terms advanced find view"] = _ => true,
            ["Inactive vocabulary terms"] = t => State(t) == Inactive,
            ["Quick find active vocabulary terms"] = t => IsActive(t) && new[] { "bowtie_name", "bowtie_preferred", "bowtie_variants" }.Any(c => StartsWith(t, c, "Outbound")),
        };

        /// <summary>What each chart draws, by chart name: which rows it counts and the group (category, series) of a row.</summary>
        /// <remarks>Measures: alias → which rows of a group it counts (a count counts every row; a countcolumn the rows with a value).</remarks>
        private Dictionary<string, (Func<Entity, bool> Counts, Func<Entity, string> Group, Dictionary<string, Func<Entity, bool>> Measures)> ChartExpectations() => new()
        {
            ["Active journeys by current stage"] = (IsActive, j => Key(Option(j, "bowtie_stage")), EveryRow("journeys")),
            ["Active journeys by current stage and motion"] = (IsActive, j => Key(Option(j, "bowtie_stage"), Option(j, "bowtie_motion")), EveryRow("journeys")),
            ["SQLs this quarter, by motion"] = (j => InThisQuarter(Date(j, "bowtie_sqlon")), j => Key(Option(j, "bowtie_motion")), EveryRow("sqls")),
            ["Journeys reaching each stage, by motion"] = (_ => true, j => Key(Option(j, "bowtie_motion")), ReachedEachStage()),
            ["Journeys reaching each stage, by campaign"] = (_ => true, j => Key(j.GetAttributeValue<string>("bowtie_campaign")), ReachedEachStage()),
            ["Stage moves per week"] = (
                t => Date(t, "bowtie_movedon") is DateTime moved && moved >= _now.Date.AddDays(-7 * 26) && moved <= _now,
                t => Key(SundayWeekOfYear(Date(t, "bowtie_movedon")!.Value), Option(t, "bowtie_kind")), EveryRow("moves")),
        };

        private static Dictionary<string, Func<Entity, bool>> EveryRow(string alias) => new() { [alias] = _ => true };

        /// <summary>The cohort charts' measures: one per stage, counting the rows with that stage's first-entered date.</summary>
        private static Dictionary<string, Func<Entity, bool>> ReachedEachStage() =>
            StageAliases.Select((alias, k) => (alias, k)).ToDictionary(p => p.alias, p => (Func<Entity, bool>)(j => j.Contains(FirstEnteredColumns[p.k])));

        [Fact]
        public void EveryView_ReturnsExactlyTheRowsOfItsPredicate_InItsOrder()
        {
            var predicates = ViewPredicates();
            var missing = _views.Select(v => v.Name).Where(n => !predicates.ContainsKey(n)).ToList();
            Assert.True(missing.Count == 0, "No expected rows written for the view(s): " + string.Join(", ", missing));
            Assert.Equal(predicates.Keys.OrderBy(k => k, StringComparer.Ordinal), _views.Select(v => v.Name).OrderBy(n => n, StringComparer.Ordinal));

            foreach (var view in _views)
            {
                var rows = Run(view.Fetch);
                var expected = _org.All(view.Table).Where(predicates[view.Name]).Select(r => r.Id).OrderBy(id => id).ToList();

                Assert.True(expected.SequenceEqual(rows.Select(r => r.Id).OrderBy(id => id)), $"{view.Name}: expected {expected.Count} rows, the view returned {rows.Count}.");
                AssertOrderedByFirstOrder(view, rows);
            }
        }

        [Fact]
        public void TheDemoLeavesRowsForTheViewsThatMatter_SoTheirChecksAreNotEmpty()
        {
            var predicates = ViewPredicates();
            foreach (var name in new[] { "Journeys by stage", "Stalled journeys", "Inactive revenue journeys", "All stage transitions", "Quick find active revenue journeys", "Active bowtie journey flows",
                "My open journeys", "Get-well customers", "Cohort: journeys that entered the bowtie in the last 12 months" })
            {
                var view = _views.Single(v => v.Name == name);
                Assert.True(_org.All(view.Table).Any(predicates[name]), $"The demo left no rows for '{name}'.");
            }
        }

        [Fact]
        public void EveryChart_OverEveryMainViewOfItsTable_ReturnsTheGroupsOfTheRows()
        {
            var expectations = ChartExpectations();
            var predicates = ViewPredicates();
            var missing = _charts.Select(c => c.Name).Where(n => !expectations.ContainsKey(n)).ToList();
            Assert.True(missing.Count == 0, "No expected groups written for the chart(s): " + string.Join(", ", missing));
            Assert.Equal(expectations.Keys.OrderBy(k => k, StringComparer.Ordinal), _charts.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal));

            foreach (var chart in _charts)
            {
                var (counts, group, measures) = expectations[chart.Name];
                var aliases = chart.Fetch.Descendants("attribute").Where(a => (string?)a.Attribute("groupby") == "true").Select(a => (string)a.Attribute("alias")!).ToList();
                Assert.Equal(measures.Keys.OrderBy(k => k, StringComparer.Ordinal),
                    chart.Fetch.Descendants("attribute").Where(a => a.Attribute("aggregate") is not null).Select(a => (string)a.Attribute("alias")!).OrderBy(k => k, StringComparer.Ordinal));
                var mainViews = _views.Where(v => v.Table == chart.Table && v.Fetch.Descendants("filter").All(f => (string?)f.Attribute("isquickfindfields") != "1")).ToList();
                Assert.NotEmpty(mainViews);

                foreach (var view in mainViews)
                {
                    var groups = _service.RetrieveMultiple(new FetchExpression(ChartOverView(chart.Fetch, view.Fetch).ToString())).Entities;
                    var actual = groups.SelectMany(g => measures.Keys.Select(m => (Key: Key(aliases.Select(a => g.GetAttributeValue<AliasedValue>(a)?.Value).Append(m).ToArray()), Count: (int)g.GetAttributeValue<AliasedValue>(m)!.Value)))
                        .ToDictionary(p => p.Key, p => p.Count);
                    var expected = _org.All(chart.Table).Where(predicates[view.Name]).Where(counts).GroupBy(group)
                        .SelectMany(g => measures.Select(m => (Key: g.Key + "|" + m.Key, Count: g.Count(m.Value)))).ToDictionary(p => p.Key, p => p.Count);

                    Assert.True(expected.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(actual.OrderBy(p => p.Key, StringComparer.Ordinal)),
                        $"{chart.Name} over {view.Name}: expected [{Show(expected)}], got [{Show(actual)}].");
                }
            }
        }

        [Fact]
        public void StalledJourneys_OnlyFlagsAJourneyLongerInItsStageThanThatStagesThreshold()
        {
            // Not one 30-day rule: journeys past 30 days in a slow stage (SQL 120, Live 79, Recurring 96) are not stalled.
            var stalled = Run(_views.Single(v => v.Name == "Stalled journeys").Fetch).Select(r => r.Id).ToHashSet();
            var active = _org.All("bowtie_journey").Where(IsActive).ToList();
            var days = active.ToDictionary(j => j.Id, j => (_now.Date - Date(j, "bowtie_stageenteredon")!.Value).TotalDays);
            Assert.Contains(active, j => days[j.Id] > 31 && !stalled.Contains(j.Id));
            Assert.All(active.Where(j => stalled.Contains(j.Id)), j => Assert.True(days[j.Id] > StalledAfterDays[Option(j, "bowtie_stage")!.Value]));
            Assert.Contains(active, j => Option(j, "bowtie_stage") is int stage && StalledAfterDays.ContainsKey(stage) && !stalled.Contains(j.Id));
        }

        [Fact]
        public void CohortCharts_OverThePostersWindow_CountThePostersVolumes_OverallByMotionAndByCampaign()
        {
            var motionNames = DataverseFunnel.Plugins.Bowtie.Model.BowtieModel.Motions.ToDictionary(m => (int)m.Key, m => m.Value);
            AssertCohortChartAgrees("Journeys reaching each stage, by motion", "motion", _metrics.ByMotion,
                value => value is OptionSetValue option ? motionNames[option.Value] : "(none)");
            AssertCohortChartAgrees("Journeys reaching each stage, by campaign", "campaign", _metrics.ByCampaign,
                value => value as string ?? "(none)");
            Assert.True(_metrics.Stages[2].Volume > 0, "The small demo reached no SQL: the agreement would be vacuous.");
        }

        private void AssertCohortChartAgrees(string name, string groupAlias,
            IReadOnlyDictionary<string, IReadOnlyList<StageMetrics>> breakdown, Func<object?, string> label)
        {
            var fetch = new XElement(_charts.Single(c => c.Name == name).Fetch);
            var window = _metrics.Window;
            // The poster's cohort: journeys whose first move (Prospect, or the import) falls in the window, both days included.
            fetch.Element("entity")!.Add(new XElement("filter", new XAttribute("type", "and"),
                new XElement("condition", new XAttribute("attribute", "bowtie_prospecton"), new XAttribute("operator", "on-or-after"), new XAttribute("value", window.From!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
                new XElement("condition", new XAttribute("attribute", "bowtie_prospecton"), new XAttribute("operator", "on-or-before"), new XAttribute("value", window.To!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))));
            var groups = _service.RetrieveMultiple(new FetchExpression(fetch.ToString())).Entities
                .ToDictionary(g => label(g.GetAttributeValue<AliasedValue>(groupAlias)?.Value), g => StageAliases.Select(a => (long)(int)g.GetAttributeValue<AliasedValue>(a)!.Value).ToList());

            Assert.Equal(breakdown.Keys.OrderBy(k => k, StringComparer.Ordinal), groups.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var (group, stages) in breakdown)
            {
                Assert.Equal(stages.Select(s => s.Volume), groups[group]);
            }

            Assert.Equal(_metrics.Stages.Select(s => s.Volume), StageAliases.Select((_, k) => groups.Values.Sum(v => v[k])));
        }

        /// <summary>
        /// A chart is drawn over the rows of the view it is shown with: the view's filters and links join the chart's
        /// aggregate fetch (https://learn.microsoft.com/power-apps/developer/model-driven-apps/understand-charts-underlying-data-chart-representation).
        /// </summary>
        private static XElement ChartOverView(XElement chart, XElement view)
        {
            var combined = new XElement(chart);
            var entity = combined.Element("entity")!;
            entity.Add(view.Element("entity")!.Elements("filter").Select(f => new XElement(f)));
            entity.Add(view.Element("entity")!.Elements("link-entity").Select(l => new XElement(l)));
            return combined;
        }

        /// <summary>Runs a view's fetch; a quick find view gets the search text the user typed ("Outbound", begins-with).</summary>
        private List<Entity> Run(XElement fetch) =>
            _service.RetrieveMultiple(new FetchExpression(fetch.ToString().Replace("{0}", "Outbound%", StringComparison.Ordinal))).Entities.ToList();

        private static void AssertOrderedByFirstOrder(PackedQuery view, List<Entity> rows)
        {
            var order = view.Fetch.Element("entity")!.Elements("order").First();
            var column = (string)order.Attribute("attribute")!;
            var sign = (string?)order.Attribute("descending") == "true" ? -1 : 1;
            for (var i = 1; i < rows.Count; i++)
            {
                var compared = Compare(rows[i - 1].Attributes.TryGetValue(column, out var a) ? a : null, rows[i].Attributes.TryGetValue(column, out var b) ? b : null);
                Assert.True(sign * compared <= 0, $"{view.Name}: rows {i - 1} and {i} are out of order on {column}.");
            }
        }

        private static int Compare(object? a, object? b) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string x, string y) => string.Compare(x, y, StringComparison.OrdinalIgnoreCase),
            (DateTime x, DateTime y) => x.CompareTo(y),
            (OptionSetValue x, OptionSetValue y) => x.Value.CompareTo(y.Value),
            (Money x, Money y) => x.Value.CompareTo(y.Value),
            _ => throw new InvalidOperationException($"No comparison for {a.GetType().Name}."),
        };

        private static bool IsActive(Entity row) => State(row) == Active;

        private static int? State(Entity row) => Option(row, "statecode");

        private static int? Option(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;

        private static DateTime? Date(Entity row, string column) => row.Contains(column) ? row.GetAttributeValue<DateTime>(column) : null;

        private static bool StartsWith(Entity row, string column, string text) =>
            row.GetAttributeValue<string>(column)?.StartsWith(text, StringComparison.OrdinalIgnoreCase) == true;

        /// <summary>The calendar quarter holding now: the default fiscal calendar (quarters from 1 January).</summary>
        private bool InThisQuarter(DateTime? value)
        {
            var start = new DateTime(_now.Year, ((_now.Month - 1) / 3 * 3) + 1, 1, 0, 0, 0, DateTimeKind.Utc);
            return value >= start && value < start.AddMonths(3);
        }

        /// <summary>Week of the year, week 1 holding 1 January and weeks starting on Sunday.</summary>
        private static int SundayWeekOfYear(DateTime value) =>
            CultureInfo.InvariantCulture.Calendar.GetWeekOfYear(value, CalendarWeekRule.FirstDay, DayOfWeek.Sunday);

        private static string Key(params object?[] parts) => string.Join("|", parts.Select(p => p switch
        {
            null => "-",
            OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => p.ToString(),
        }));

        private static string Show(Dictionary<string, int> groups) => string.Join(", ", groups.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
    }
}
