using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.InMemory;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins.Tests.TestSupport
{
    /// <summary>
    /// Many journeys stored directly (no plugin runs, so 100,000 seed in seconds), with the stamps and stage history the
    /// rules would have written: a creation row, then one-step rows; an imported customer (10 %) created at Live or later
    /// is a creation row plus skip rows all at one instant, every stage passed stamped with it; some customers off-board.
    /// Rates follow the demo's (tools/Demo/ScenarioRates). Deterministic for a seed.
    /// </summary>
    internal static class SeededJourneys
    {
        private static readonly string[][] Campaigns =
        {
            new[] { "SEO: pricing guide", "Webinar: revenue architecture", "Partner referral" },
            new[] { "Outbound: cold sequence", "Outbound: event follow-up" },
            new[] { "ABM: enterprise targets" },
        };

        private static readonly double[] MoveOn = { 0.40, 0.20, 0.33, 0.93, 0.92, 0.62 };

        /// <summary>Journeys created over 270 days from <paramref name="start"/>; returns how many history rows were stored.</summary>
        public static int Seed(InMemoryOrganization org, int count, DateTime start, int seed = 2026)
        {
            var random = new Random(seed);
            var journeys = new List<Entity>(count);
            var rows = new List<Entity>(count * 3);
            for (var i = 0; i < count; i++)
            {
                var id = Guid.NewGuid();
                var motion = i % 3;
                var campaign = Campaigns[motion][random.Next(Campaigns[motion].Length)];
                var mrr = 500m + (100m * random.Next(50));
                var at = start.AddDays(random.Next(270)).AddMinutes(random.Next(24 * 60));
                var journey = new Entity(JourneyColumns.Table, id)
                {
                    [JourneyColumns.Name] = "Journey " + i,
                    [JourneyColumns.Motion] = new OptionSetValue((int)ProspectingMotion.Inbound + motion),
                    [JourneyColumns.Campaign] = campaign,
                };
                var stage = 0;
                Stamp(journey, 0, at);
                rows.Add(Row(id, TransitionKind.Created, null, 0, at, motion, campaign, 0m));
                if (random.NextDouble() < 0.10)
                {
                    // An imported customer: created at Live, Recurring or LTV in one instant.
                    var target = 4 + random.Next(3);
                    for (; stage < target; stage++)
                    {
                        Stamp(journey, stage + 1, at);
                        rows.Add(Row(id, TransitionKind.Skip, stage, stage + 1, at, motion, campaign, mrr));
                    }
                }
                else
                {
                    while (stage < 6 && random.NextDouble() < MoveOn[stage])
                    {
                        at = at.AddDays(3 + random.Next(60)).AddMinutes(random.Next(600));
                        stage++;
                        Stamp(journey, stage, at);
                        rows.Add(Row(id, TransitionKind.Forward, stage - 1, stage, at, motion, campaign, stage >= 3 ? mrr : 0m));
                    }
                }

                journey[JourneyColumns.Stage] = new OptionSetValue(BowtieModel.OptionValuePrefix + stage);
                journey[JourneyColumns.Mrr] = new Money(stage >= 3 ? mrr : 0m);
                if (stage >= 4 && random.NextDouble() < 0.15)
                {
                    at = at.AddDays(30 + random.Next(60));
                    var exit = new Entity(StageTransitionColumns.Table)
                    {
                        [StageTransitionColumns.Journey] = new EntityReference(JourneyColumns.Table, id),
                        [StageTransitionColumns.Kind] = new OptionSetValue((int)TransitionKind.Exit),
                        [StageTransitionColumns.FromStage] = new OptionSetValue(BowtieModel.OptionValuePrefix + stage),
                        [StageTransitionColumns.Exit] = new OptionSetValue((int)BowtieExit.OffBoarded),
                        [StageTransitionColumns.MovedOn] = at,
                        [StageTransitionColumns.Motion] = new OptionSetValue((int)ProspectingMotion.Inbound + motion),
                        [StageTransitionColumns.Campaign] = campaign,
                        [StageTransitionColumns.Mrr] = new Money(mrr),
                    };
                    rows.Add(exit);
                }

                journeys.Add(journey);
            }

            org.Seed(journeys.ToArray());
            org.Seed(rows.ToArray());
            return rows.Count;
        }

        private static void Stamp(Entity journey, int stage, DateTime at) => journey[BowtieModel.Stages[stage].FirstEnteredColumn] = at;

        private static Entity Row(Guid journey, TransitionKind kind, int? from, int to, DateTime at, int motion, string campaign, decimal mrr)
        {
            var row = new Entity(StageTransitionColumns.Table)
            {
                [StageTransitionColumns.Journey] = new EntityReference(JourneyColumns.Table, journey),
                [StageTransitionColumns.Kind] = new OptionSetValue((int)kind),
                [StageTransitionColumns.ToStage] = new OptionSetValue(BowtieModel.OptionValuePrefix + to),
                [StageTransitionColumns.MovedOn] = at,
                [StageTransitionColumns.Motion] = new OptionSetValue((int)ProspectingMotion.Inbound + motion),
                [StageTransitionColumns.Campaign] = campaign,
                [StageTransitionColumns.Mrr] = new Money(mrr),
            };
            if (from is { } f)
            {
                row[StageTransitionColumns.FromStage] = new OptionSetValue(BowtieModel.OptionValuePrefix + f);
            }

            return row;
        }
    }
}
