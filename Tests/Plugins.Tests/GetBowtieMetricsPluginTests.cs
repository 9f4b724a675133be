using System;
using System.ServiceModel;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;
using static DataverseFunnel.Plugins.Tests.TestSupport.MetricsApi;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>
    /// The Custom API bowtie_GetBowtieMetrics over journeys moved by the real plugins: figures computed by hand from the
    /// moves (the CLI's definitions), the window and filters, bad input, and the pages it reads.
    /// </summary>
    public class GetBowtieMetricsPluginTests
    {
        private static readonly DateTime Day0 = Start.Date;

        /// <summary>
        /// J1 Outbound/Spring webinar walks Prospect d0 → MQL d10 → SQL d30 → Commit d40 → Live d50 (MRR 1,000);
        /// J2 Inbound/Summer: Prospect d1 → MQL d5; J3 Outbound/Spring webinar: Prospect d2, skips to Commit on d12.
        /// </summary>
        private static InMemoryDataverse Drive()
        {
            var org = BowtieOrg.Create("{\"allowSkip\": true}");
            Register(org);
            var service = org.CreateService();
            var j1 = service.Create(Journey());
            At(org, 1);
            var j2 = Journey();
            j2[JourneyColumns.Motion] = new OptionSetValue((int)ProspectingMotion.Inbound);
            j2[JourneyColumns.Campaign] = "Summer";
            var j2Id = service.Create(j2);
            At(org, 2);
            var j3 = service.Create(Journey());
            At(org, 5);
            service.Update(Change(j2Id, Done(BowtieTask.Nurture), Stage(BowtieStage.Mql)));
            At(org, 10);
            service.Update(Change(j1, Stage(BowtieStage.Mql)));
            At(org, 12);
            service.Update(Change(j3, Stage(BowtieStage.Commit), Reason("Signed at the event")));
            At(org, 30);
            service.Update(Change(j1, Done(BowtieTask.Outbound), Stage(BowtieStage.Sql)));
            At(org, 40);
            service.Update(Change(j1, Done(BowtieTask.Trade), Stage(BowtieStage.Commit)));
            At(org, 50);
            service.Update(Change(j1, Done(BowtieTask.Onboarding), Stage(BowtieStage.Live)));
            return new InMemoryDataverse(org);
        }

        private static void At(InMemory.InMemoryOrganization org, int day) => org.AdvanceClock(Day0.AddDays(day) - org.Clock.GetUtcNow().UtcDateTime);

        [Fact]
        public void Figures_FollowTheJourneysStamps_AsTheCliCountsTheirMoves()
        {
            var json = Drive().Call(Day0, Day0.AddDays(60)).Json();

            Assert.Equal("3", Figure(json, "journeys"));
            Assert.Equal("null", Figure(json, "transitions"));
            Assert.Equal(new[] { "3", "3", "2", "2", "1", "0", "0" }, Volumes(json, "\"stages\""));
            Assert.Equal("1", Figure(json, "conversionToNext", "\"Prospect\""));
            Assert.Equal("0.666667", Figure(json, "conversionToNext", "\"MQL\""));
            Assert.Equal("0.5", Figure(json, "conversionToNext", "\"Commit\""));
            Assert.Equal("null", Figure(json, "conversionToNext", "\"Recurring\""));

            // Prospect → MQL: J1 10 days, J2 4 days; J3 skipped on (no duration). MQL → SQL: J1 only (J3 passed through).
            Assert.Equal("7", Figure(json, "medianDaysToNext", "\"Prospect\""));
            Assert.Equal("8.5", Figure(json, "p75DaysToNext", "\"Prospect\""));
            Assert.Equal("20", Figure(json, "medianDaysToNext", "\"MQL\""));
            Assert.Equal("10", Figure(json, "medianDaysToNext", "\"SQL\""));
            Assert.Equal("10", Figure(json, "medianDaysToNext", "\"Commit\""));
            Assert.Equal("1000", Figure(json, "mrr"));
            Assert.Equal("12000", Figure(json, "arr"));
            Assert.Equal(new[] { "1", "1", "0", "0", "0", "0", "0" }, Volumes(json, "\"Inbound\""));
            Assert.Equal(new[] { "2", "2", "2", "2", "1", "0", "0" }, Volumes(json, "\"Outbound\""));
            Assert.Equal(new[] { "2", "2", "2", "2", "1", "0", "0" }, Volumes(json, "\"Spring webinar\""));
        }

        [Fact]
        public void Window_CountsJourneysCreatedInIt_AndMovesUpToItsLastDay()
        {
            var org = Drive();

            var later = org.Call(Day0.AddDays(1), Day0.AddDays(60)).Json();
            var earlier = org.Call(Day0, Day0.AddDays(45)).Json();

            Assert.Equal("2", Figure(later, "journeys"));
            Assert.Equal("1000", Figure(later, "mrr")); // revenue is every journey's, as the CLI's
            Assert.Equal("2026-01-02", Figure(later, "from").Trim('"'));
            Assert.Equal(new[] { "3", "3", "2", "2", "0", "0", "0" }, Volumes(earlier, "\"stages\""));
            Assert.Equal("0", Figure(earlier, "mrr"));
            Assert.Equal("\"2026-02-16T00:00:00Z\"", Figure(earlier, "asOf"));
        }

        [Fact]
        public void MotionAndCampaign_CountOnlyThoseJourneys()
        {
            var org = Drive();

            var inbound = org.Call(Day0, Day0.AddDays(60), motion: "inbound").Json();
            var outbound = org.Call(Day0, Day0.AddDays(60), motion: "Outbound").Json();
            var spring = org.Call(Day0, Day0.AddDays(60), campaign: "Spring webinar").Json();
            var none = org.Call(Day0, Day0.AddDays(60), campaign: "(none)").Json();

            Assert.Equal("1", Figure(inbound, "journeys"));
            Assert.Equal("0", Figure(inbound, "mrr"));
            Assert.DoesNotContain("\"Outbound\"", inbound, StringComparison.Ordinal);
            Assert.Equal("2", Figure(outbound, "journeys"));
            Assert.Equal("1000", Figure(outbound, "mrr"));
            Assert.Equal(new[] { "2", "2", "2", "2", "1", "0", "0" }, Volumes(spring, "\"stages\""));
            Assert.Equal("0", Figure(none, "journeys"));
        }

        [Theory]
        [InlineData(10, 5, null, "WindowTo (2026-01-06) is before WindowFrom (2026-01-11)")]
        [InlineData(0, 5, "Inside sales", "Motion 'Inside sales' is not a prospecting motion: use Inbound, Outbound, Target or (none).")]
        public void BadInput_FaultsWithWhatIsWrong(int from, int to, string? motion, string message)
        {
            var org = Drive();

            var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Call(Day0.AddDays(from), Day0.AddDays(to), motion));

            Assert.Equal(unchecked((int)0x80040265), fault.Detail.ErrorCode);
            Assert.Contains(message, fault.Detail.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void InvalidTargetsVariable_FaultsNamingIt()
        {
            var org = Drive();
            org.Org.SetCurrentValue(DataverseFunnel.Plugins.Bowtie.Settings.EnvironmentSettings.ConversionTargets, "{\"MQL->SQL\": 3}");

            var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Call(Day0, Day0.AddDays(60)));

            Assert.Contains("bowtie_ConversionTargets is not valid", fault.Detail.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void TwelveThousandJourneys_AreReadOneRowEach_FiveThousandAPage()
        {
            var org = BowtieOrg.Create();
            Register(org);
            var history = SeededJourneys.Seed(org, 12_000, Day0);
            var journeys = org.CountPages(JourneyColumns.Table);
            var moves = org.CountPages(StageTransitionColumns.Table);

            var json = org.CreateService().Call(Day0, Day0.AddDays(400)).Json();

            Assert.Equal("12000", Figure(json, "journeys"));
            Assert.Equal(3, journeys.Pages);
            Assert.Equal(12_000, journeys.Rows);
            Assert.Equal((moves.Rows / 5000) + 1, moves.Pages);
            Assert.InRange(moves.Rows, 1, history / 4); // only the moves that can change recurring MRR
        }

#if NET
        [Fact]
        public void HundredThousandJourneys_ReadInAtMost25Pages()
        {
            var org = BowtieOrg.Create();
            Register(org);
            SeededJourneys.Seed(org, 100_000, Day0);
            var journeys = org.CountPages(JourneyColumns.Table);
            var moves = org.CountPages(StageTransitionColumns.Table);

            var json = org.CreateService().Call(Day0, Day0.AddDays(400)).Json();

            Assert.Equal("100000", Figure(json, "journeys"));
            Assert.Equal(20, journeys.Pages);
            Assert.InRange(journeys.Pages + moves.Pages, 21, 25);
        }
#endif

        private static string[] Volumes(string json, string group)
        {
            var volumes = new string[7];
            var at = json.IndexOf(group, StringComparison.Ordinal);
            for (var i = 0; i < volumes.Length; i++)
            {
                at = json.IndexOf("\"volume\"", at + 1, StringComparison.Ordinal);
                volumes[i] = Figure(json.Substring(at), "volume");
            }

            return volumes;
        }

        /// <summary>The driven org and its calls.</summary>
        private sealed class InMemoryDataverse
        {
            public InMemoryDataverse(InMemory.InMemoryOrganization org) => Org = org;

            public InMemory.InMemoryOrganization Org { get; }

            public OrganizationResponse Call(DateTime from, DateTime to, string? motion = null, string? campaign = null) =>
                MetricsApi.Call(Org.CreateService(), from, to, motion, campaign);
        }
    }
}
