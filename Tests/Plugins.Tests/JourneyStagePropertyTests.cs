using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CsCheck;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>
    /// Random saves through the real pipeline (every bowtie step registered): a refused save leaves the store exactly
    /// as it was, the stored history is a valid path through the bowtie, and entered dates never go backwards.
    /// </summary>
    public class JourneyStagePropertyTests
    {
        private static readonly Gen<(int Stage, int Status, bool Reason, int Task, int Hours)> SaveGen =
            Gen.Select(Gen.Int[0, 7], Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 18], Gen.Int[0, 72]);

        [Fact]
        public void Update_RandomSaves_KeepTheBowtieInvariants()
        {
            Gen.Select(Gen.Bool, SaveGen.Array[1, 25]).Sample(scenario => Run(scenario.Item1, scenario.Item2), iter: 150);
        }

        private static void Run(bool allowSkip, (int Stage, int Status, bool Reason, int Task, int Hours)[] saves)
        {
            var org = BowtieOrg.Create(allowSkip ? "{\"allowSkip\": true}" : null);
            var service = org.CreateService();
            var id = service.Create(Journey());
            var lastEntered = org.Stored(id).GetAttributeValue<DateTime>(JourneyColumns.StageEnteredOn);
            foreach (var save in saves)
            {
                org.AdvanceClock(TimeSpan.FromHours(save.Hours));
                var change = Change(id);
                if (save.Stage < 7) change[JourneyColumns.Stage] = new OptionSetValue(BowtieModel.OptionValuePrefix + save.Stage);
                if (save.Status == 1) change[JourneyColumns.StatusCode] = new OptionSetValue((int)BowtieExit.OffBoarded);
                if (save.Status == 2) change[JourneyColumns.StatusCode] = new OptionSetValue((int)BowtieExit.NotAFit);
                if (save.Status == 3) change[JourneyColumns.StatusCode] = new OptionSetValue(1);
                if (save.Reason) change[JourneyColumns.MoveReason] = "because";
                if (save.Task < 18) change[BowtieModel.Tasks[save.Task].DoneColumn] = true;

                var before = Dump(org);
                try
                {
                    service.Update(change);
                }
                catch (FaultException<OrganizationServiceFault>)
                {
                    Assert.Equal(before, Dump(org)); // a refused move leaves no trace
                    continue;
                }

                var entered = org.Stored(id).GetAttributeValue<DateTime>(JourneyColumns.StageEnteredOn);
                Assert.True(entered >= lastEntered, "the stage entered date went backwards");
                lastEntered = entered;
            }

            AssertValidPath(org, id);
        }

        private static string Dump(DataverseFunnel.InMemory.InMemoryOrganization org) =>
            string.Join("\n", new[] { JourneyColumns.Table, StageTransitionColumns.Table }.SelectMany(org.All)
                .Select(e => e.Id + ":" + string.Join(",", e.Attributes.OrderBy(a => a.Key).Select(a => a.Key + "=" + Describe(a.Value)))));

        private static string Describe(object? value) => value switch
        {
            OptionSetValue o => o.Value.ToString(),
            Money m => m.Value.ToString(),
            EntityReference r => r.Id.ToString(),
            DateTime d => d.ToString("O"),
            null => "null",
            _ => value.ToString()!,
        };

        private static void AssertValidPath(DataverseFunnel.InMemory.InMemoryOrganization org, Guid id)
        {
            BowtieStage? at = null;
            var active = true;
            foreach (var row in org.History(id))
            {
                var kind = (TransitionKind)row.Choice(StageTransitionColumns.Kind);
                var from = (BowtieStage?)row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.FromStage)?.Value;
                var to = (BowtieStage?)row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage)?.Value;
                switch (kind)
                {
                    case TransitionKind.Created:
                        Assert.Null(at);
                        at = to;
                        break;
                    case TransitionKind.Forward:
                    case TransitionKind.Skip:
                        Assert.True(active && from == at && to == BowtieModel.Next(at!.Value), "forward moves go one stage at a time");
                        at = to;
                        break;
                    case TransitionKind.Recycle:
                        Assert.True(active && from == at && to == BowtieStage.Prospect && (from == BowtieStage.Mql || from == BowtieStage.Sql));
                        at = to;
                        break;
                    case TransitionKind.Exit:
                        Assert.True(active && from == at && to == null);
                        active = false;
                        break;
                    case TransitionKind.Reactivation:
                        Assert.True(!active && to == at);
                        active = true;
                        break;
                    default:
                        throw new Xunit.Sdk.XunitException("unexpected kind " + kind);
                }
            }

            Assert.Equal(org.StageOf(id), at);
            Assert.Equal(active, org.Stored(id).Choice(JourneyColumns.StateCode) == 0);
        }
    }
}
