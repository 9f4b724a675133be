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
        private const int LtvStage = 269840006;

        private readonly InMemoryOrganization _org;
        private readonly IOrganizationService _service;
        private readonly DateTime _now;
        private readonly IReadOnlyList<PackedQuery> _views;
        private readonly IReadOnlyList<PackedQuery> _charts;

        public SolutionViewsAndChartsTests(SmallDemo demo)
        {
            _org = demo.Report.Organization;
            _service = _org.CreateService();
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
            ["Get-well customers"] = j => IsActive(j) && Option(j, "bowtie_health") == GetWell,
            ["SQLs this quarter by motion"] = j => IsActive(j) && Option(j, "bowtie_stage") == SqlStage && InThisQuarter(Date(j, "bowtie_sqlon")),
            ["Stalled journeys"] = j => IsActive(j) && Option(j, "bowtie_stage") != LtvStage && Date(j, "bowtie_stageenteredon") < _now.Date.AddDays(-30),
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
        private Dictionary<string, (Func<Entity, bool> Counts, Func<Entity, string> Group)> ChartExpectations() => new()
        {
            ["Bowtie funnel"] = (IsActive, j => Key(Option(j, "bowtie_stage"))),
            ["Conversion by motion"] = (IsActive, j => Key(Option(j, "bowtie_stage"), Option(j, "bowtie_motion"))),
            ["Stage moves per week"] = (
                t => Date(t, "bowtie_movedon") is DateTime moved && moved >= _now.Date.AddDays(-7 * 26) && moved <= _now,
                t => Key(SundayWeekOfYear(Date(t, "bowtie_movedon")!.Value), Option(t, "bowtie_kind"))),
        };

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
            foreach (var name in new[] { "Journeys by stage", "Stalled journeys", "Inactive revenue journeys", "All stage transitions", "Quick find active revenue journeys", "Active bowtie journey flows" })
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
                var (counts, group) = expectations[chart.Name];
                var aliases = chart.Fetch.Descendants("attribute").Where(a => (string?)a.Attribute("groupby") == "true").Select(a => (string)a.Attribute("alias")!).ToList();
                var measure = chart.Fetch.Descendants("attribute").Single(a => a.Attribute("aggregate") is not null).Attribute("alias")!.Value;
                var mainViews = _views.Where(v => v.Table == chart.Table && v.Fetch.Descendants("filter").All(f => (string?)f.Attribute("isquickfindfields") != "1")).ToList();
                Assert.NotEmpty(mainViews);

                foreach (var view in mainViews)
                {
                    var groups = _service.RetrieveMultiple(new FetchExpression(ChartOverView(chart.Fetch, view.Fetch).ToString())).Entities;
                    var actual = groups.ToDictionary(g => Key(aliases.Select(a => g.GetAttributeValue<AliasedValue>(a)?.Value).ToArray()), g => (int)g.GetAttributeValue<AliasedValue>(measure)!.Value);
                    var expected = _org.All(chart.Table).Where(predicates[view.Name]).Where(counts).GroupBy(group).ToDictionary(g => g.Key, g => g.Count());

                    Assert.True(expected.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(actual.OrderBy(p => p.Key, StringComparer.Ordinal)),
                        $"{chart.Name} over {view.Name}: expected [{Show(expected)}], got [{Show(actual)}].");
                }
            }
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
