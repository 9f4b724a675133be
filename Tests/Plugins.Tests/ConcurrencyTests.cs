using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>
    /// The platform runs one cached plugin instance on many threads. The same instances, shared by 8 orgs driven from
    /// 8 threads at once, give exactly the results of a run alone (so no state leaks between executions).
    /// </summary>
    public class ConcurrencyTests
    {
        private static Dictionary<Type, IPlugin> SharedInstances() => new Dictionary<Type, IPlugin>
        {
            [typeof(JourneyStagePlugin)] = new JourneyStagePlugin("{\"allowSkip\": true}", null),
            [typeof(StageHistoryGuardPlugin)] = new StageHistoryGuardPlugin(),
            [typeof(JourneyFlowPlugin)] = new JourneyFlowPlugin(),
            [typeof(JourneyFlowSyncPlugin)] = new JourneyFlowSyncPlugin(),
        };

        /// <summary>A busy journey's life: moves, refusals, a skip, a recycle, an exit and a comeback, through the flow too.</summary>
        private static string Scenario(IReadOnlyDictionary<Type, IPlugin> instances, int round)
        {
            var org = WithInstances(instances);
            var service = org.CreateService();
            var outcomes = new List<string>();
            void Try(Action action)
            {
                try
                {
                    action();
                    outcomes.Add("ok");
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    outcomes.Add(fault.Detail.Message);
                }
            }

            var id = service.Create(Journey(round % 2 == 0 ? (BowtieStage?)null : BowtieStage.Mql, "import " + round));
            var flow = org.CreateBusinessProcessFlowInstance(JourneyFlowColumns.Table, new EntityReference(JourneyColumns.Table, id));
            org.AdvanceClock(TimeSpan.FromHours(5 + round));
            Try(() => service.Update(Change(id, Stage(BowtieStage.Mql))));
            Try(() => service.Update(Change(id, Stage(BowtieStage.Sql))));
            Try(() => service.Update(Change(id, Done(BowtieTask.Inbound), Stage(BowtieStage.Sql))));
            Try(() => service.Update(Change(id, Stage(BowtieStage.Prospect), Reason("nurture"))));
            org.AdvanceClock(TimeSpan.FromDays(1));
            Try(() => service.Update(Change(id, Stage(BowtieStage.Commit), Reason("signed at the event"))));
            Try(() => service.Update(Change(id, Stage(BowtieStage.Sql))));
            Try(() => service.Update(new Entity(JourneyFlowColumns.Table, flow)
            {
                [JourneyFlowColumns.ActiveStage] = new EntityReference(JourneyFlowColumns.ProcessStageTable, BowtieModel.ProcessLeaving(BowtieStage.Live)!.FlowStageId),
            }));
            Try(() => service.Update(Change(id, Done(BowtieTask.Onboarding))));
            Try(() => service.Update(new Entity(JourneyFlowColumns.Table, flow)
            {
                [JourneyFlowColumns.ActiveStage] = new EntityReference(JourneyFlowColumns.ProcessStageTable, BowtieModel.ProcessLeaving(BowtieStage.Live)!.FlowStageId),
            }));
            Try(() => service.Update(Change(id, Exit(BowtieExit.OffBoarded))));
            Try(() => service.Update(Change(id, Exit(BowtieExit.OffBoarded), Reason("left"))));
            Try(() => service.Update(Change(id, (JourneyColumns.StatusCode, new OptionSetValue(1)))));
            Try(() => service.Update(new Entity(StageTransitionColumns.Table, org.History(id)[0].Id) { [StageTransitionColumns.Reason] = "edit" }));

            var journey = org.Stored(id);
            var history = org.History(id).Select(r => string.Join("|",
                r.GetAttributeValue<string>(StageTransitionColumns.Name), r.GetAttributeValue<DateTime>(StageTransitionColumns.MovedOn).ToString("O"),
                r.GetAttributeValue<decimal>(StageTransitionColumns.DaysInStage), r.GetAttributeValue<string>(StageTransitionColumns.Reason)));
            var flowRow = org.Peek(JourneyFlowColumns.Table, flow)!;
            return string.Join("\n", outcomes.Concat(history).Concat(new[]
            {
                "stage " + journey.Choice(JourneyColumns.Stage),
                "entered " + journey.GetAttributeValue<DateTime>(JourneyColumns.StageEnteredOn).ToString("O"),
                "flow " + flowRow.RefId(JourneyFlowColumns.ActiveStage),
            }));
        }

        [Fact]
        public void Execute_SameInstancesFromEightThreads_SameResultsAsAlone()
        {
            var alone = Enumerable.Range(0, 4).Select(round => Scenario(SharedInstances(), round)).ToArray();
            Assert.Contains("Reactivated at Live", alone[0]);
            Assert.Contains("stays committed", alone[1]); // refusals are part of what must match

            var instances = SharedInstances();
            var results = new string[8][];
            using var start = new Barrier(8);
            var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                results[t] = Enumerable.Range(0, 4).Select(round => Scenario(instances, round)).ToArray();
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(results, r => Assert.Equal(alone, r));
        }
    }
}
