using System.Linq;
using DataverseFunnel.InMemory;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.Demo.Tests
{
    /// <summary>
    /// "SQLs this quarter" counts journeys that entered SQL this quarter whatever their stage now. The demo's SQLs are
    /// all in earlier quarters, so this test adds journeys today (imports at SQL and past it) on its own demo org.
    /// </summary>
    public sealed class SqlsThisQuarterTests : IClassFixture<SmallDemo>
    {
        private const int Inbound = 269840000, Outbound = 269840001, Target = 269840002;
        private const int Mql = 269840001, Sql = 269840002, Commit = 269840003;

        private readonly InMemoryOrganization _org;
        private readonly string _zip;

        public SqlsThisQuarterTests(SmallDemo demo)
        {
            _org = demo.Report.Organization;
            _zip = demo.Report.SolutionZip;
        }

        [Fact]
        public void View_HasTheJourneysThatEnteredSqlToday_EvenPastSql_AndTheChartGroupsThemByMotion()
        {
            var service = _org.CreateService(DemoUsers.Seller);
            var atSql = Import(service, Sql, Inbound);
            var pastSql = Import(service, Commit, Outbound);
            var notYet = Import(service, Mql, Target);
            var (views, charts) = PackedViewsAndCharts.Read(_zip);
            var view = views.Single(v => v.Name == "SQLs this quarter").Fetch;
            var chart = charts.Single(c => c.Name == "SQLs this quarter, by motion").Fetch;

            var rows = service.RetrieveMultiple(new FetchExpression(view.ToString())).Entities;
            var groups = service.RetrieveMultiple(new FetchExpression(chart.ToString())).Entities
                .ToDictionary(g => ((OptionSetValue)g.GetAttributeValue<AliasedValue>("motion")!.Value).Value, g => (int)g.GetAttributeValue<AliasedValue>("sqls")!.Value);

            Assert.Contains(rows, r => r.Id == atSql);
            Assert.Contains(rows, r => r.Id == pastSql);
            Assert.DoesNotContain(rows, r => r.Id == notYet);
            Assert.Equal(Commit, rows.Single(r => r.Id == pastSql).GetAttributeValue<OptionSetValue>("bowtie_stage")!.Value);
            foreach (var motion in new[] { Inbound, Outbound, Target })
            {
                var inView = rows.Count(r => r.GetAttributeValue<OptionSetValue>("bowtie_motion")?.Value == motion);
                Assert.Equal(inView, groups.TryGetValue(motion, out var count) ? count : 0);
            }

            Assert.True(groups[Inbound] >= 1 && groups[Outbound] >= 1);
        }

        private static System.Guid Import(IOrganizationService service, int stage, int motion) => service.Create(new Entity("bowtie_journey")
        {
            ["bowtie_name"] = "Imported today",
            ["bowtie_motion"] = new OptionSetValue(motion),
            ["bowtie_campaign"] = "Partner referral",
            ["bowtie_stage"] = new OptionSetValue(stage),
            ["bowtie_movereason"] = "Moved over from the partner's pipeline with its qualification done.",
        });
    }
}
