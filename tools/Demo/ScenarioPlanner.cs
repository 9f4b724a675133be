using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.Demo
{
    /// <summary>
    /// Plans a realistic year of journeys from a seed: the same seed gives the same plan, so the same demo output.
    /// Actions after "now" are dropped, which leaves journeys in flight as in a real org.
    /// </summary>
    internal static class ScenarioPlanner
    {
        /// <summary>The window opens here; existing customers are imported the day before.</summary>
        public static readonly DateTime DefaultStart = new(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>When existing customers are imported: before the window, so they are outside its cohort but inside its retention.</summary>
        public static readonly DateTime ImportedOn = DefaultStart.AddDays(-1);

        private const int Prospect = 0, Mql = 1, Sql = 2, Commit = 3, Live = 4, Recurring = 5, Ltv = 6;
        private const int TaskSeo = 0, TaskOutbound = 3, TaskDiscovery = 6, TaskTrade = 9, TaskPreboarding = 10, TaskOnboarding = 11,
            TaskUsage = 12, TaskGetWell = 13, TaskRenew = 15;

        public static DemoScenario Plan(int journeys, int seed)
        {
            if (journeys < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(journeys), journeys, "Plan at least one journey.");
            }

            var random = new Random(seed);
            var start = DefaultStart;
            var now = start.AddDays(ScenarioRates.WindowDays);
            var imported = (int)(journeys * ScenarioRates.ImportedCustomers);
            var accounts = Enumerable.Range(1, Math.Max(1, journeys / 2)).Select(AccountName).ToList();
            var seeds = new List<JourneySeed>(journeys);
            var actions = new List<PlannedAction>(journeys * 12);
            for (var i = 0; i < journeys; i++)
            {
                var campaign = PickCampaign(random);
                var (min, max) = ScenarioRates.Mrr[campaign.Motion];
                var mrr = Math.Round(random.Next(min, max) / 50m) * 50m;
                var isImported = i < imported;
                var created = isImported ? ImportedOn : start.AddMinutes(random.Next(0, ScenarioRates.CreationDays * 24 * 60));
                var journey = new JourneySeed(i, $"Journey {i + 1:D5}", random.Next(accounts.Count), campaign.Motion, campaign.Name,
                    isImported ? mrr * 2 : mrr, created);
                seeds.Add(journey);
                var walk = new JourneyWalk(journey, campaign.ToMql, random, actions);
                if (isImported)
                {
                    walk.RunImported();
                }
                else
                {
                    walk.Run();
                }
            }

            var ordered = actions.Where(a => a.At <= now)
                .OrderBy(a => a.At).ThenBy(a => a.Journey).ThenBy(a => a.Sequence).ToList();
            return new DemoScenario(start, now, accounts, seeds, ordered);
        }

        private static string AccountName(int n)
        {
            string[] first = { "Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adatum", "Proseware", "Woodgrove", "Alpine", "Coho" };
            string[] second = { "Traders", "Health", "Logistics", "Energy", "Foods", "Labs", "Retail", "Media", "Bank", "Systems" };
            return $"{first[n % first.Length]} {second[n / first.Length % second.Length]} {n}";
        }

        private static (string Name, int Motion, double ToMql) PickCampaign(Random random)
        {
            var roll = random.NextDouble();
            foreach (var c in ScenarioRates.Campaigns)
            {
                if ((roll -= c.Weight) <= 0)
                {
                    return (c.Name, c.Motion, c.ToMql);
                }
            }

            var last = ScenarioRates.Campaigns[^1];
            return (last.Name, last.Motion, last.ToMql);
        }

        /// <summary>Walks one journey through the bowtie, appending what happens to it.</summary>
        private sealed class JourneyWalk
        {
            private readonly JourneySeed journey;
            private readonly double toMql;
            private readonly Random random;
            private readonly List<PlannedAction> actions;
            private DateTime at;
            private int sequence;

            public JourneyWalk(JourneySeed journey, double toMql, Random random, List<PlannedAction> actions)
            {
                this.journey = journey;
                this.toMql = toMql;
                this.random = random;
                this.actions = actions;
                at = journey.CreatedOn;
            }

            public void Run()
            {
                Add(PlannedActionKind.WriteDescription, text: Description(random.NextDouble() < ScenarioRates.DescriptionWithBannedWord));
                Task(TaskSeo + random.Next(3), Prospect);
                if (!Chance(toMql)) { return; }
                Advance(Mql);
                if (Chance(ScenarioRates.Recycle))
                {
                    Add(PlannedActionKind.Recycle, stage: Prospect, text: "Not ready to talk yet: back to nurture until the budget cycle.");
                    if (!Chance(0.5)) { return; }
                    Task(TaskSeo + 2, Prospect);
                    Advance(Mql);
                }

                if (Chance(ScenarioRates.AttemptSkip)) { Add(PlannedActionKind.AttemptSkip, stage: Commit); }
                Task(TaskOutbound + MotionTask(), Mql);
                if (!Chance(ScenarioRates.ToSql[journey.Motion])) { return; }
                Advance(Sql);
                Task(TaskDiscovery, Sql);
                Task(TaskDiscovery + 1, Sql);
                Task(TaskDiscovery + 2, Sql);
                if (Chance(ScenarioRates.AttemptCommitWithoutTrade)) { Add(PlannedActionKind.AttemptCommitWithoutTrade, stage: Commit); }
                if (!Chance(ScenarioRates.ToCommit[journey.Motion]))
                {
                    if (Chance(ScenarioRates.NotAFitAtSql)) { Add(PlannedActionKind.NotAFit, text: "Discovery showed the problem we solve is not theirs."); }
                    return;
                }

                Task(TaskTrade, Sql);
                Advance(Commit);
                if (Chance(ScenarioRates.AttemptBackFromCommit)) { Add(PlannedActionKind.AttemptBackFromCommit, stage: Sql); }
                Task(TaskPreboarding, Commit);
                if (!Chance(ScenarioRates.ToLive))
                {
                    Add(PlannedActionKind.OffBoard, text: "Pre-boarding showed the integration cannot deliver the impact we committed to.");
                    return;
                }

                Task(TaskOnboarding, Commit);
                Advance(Live);
                Task(TaskUsage, Live);
                if (Chance(ScenarioRates.GetWell))
                {
                    Add(PlannedActionKind.EnterGetWell);
                    Task(TaskGetWell, Live);
                    if (!Chance(ScenarioRates.RecoverFromGetWell))
                    {
                        Add(PlannedActionKind.OffBoard, text: "Usage never recovered after the get-well plan; the customer chose to leave.");
                        return;
                    }

                    Add(PlannedActionKind.RecoverFromGetWell);
                }

                if (!Chance(ScenarioRates.ToRecurring)) { return; }
                Advance(Recurring);
                if (!Chance(ScenarioRates.ToLtv)) { return; }
                var grow = random.Next(3);
                Task(TaskRenew + grow, Recurring);
                if (grow > 0) { ChangeMrr(1.1m, 0.4m); }
                Advance(Ltv);
            }

            /// <summary>An existing customer: imported at Live or Recurring with a reason, then kept, grown, shrunk or lost.</summary>
            public void RunImported()
            {
                var stage = Chance(0.2) ? Live : Recurring;
                Add(PlannedActionKind.Import, stage: stage, text: "Imported from the previous CRM: an existing customer since before the bowtie went live.");
                if (stage == Live)
                {
                    Task(TaskUsage, Live);
                    Advance(Recurring);
                }

                Wait(5, 90);
                if (Chance(ScenarioRates.ImportedGetWell))
                {
                    Add(PlannedActionKind.EnterGetWell);
                    Task(TaskGetWell, Live);
                    if (Chance(ScenarioRates.ImportedOffBoardAfterGetWell))
                    {
                        Add(PlannedActionKind.OffBoard, text: "After the get-well plan the customer still saw no impact and chose to leave.");
                        return;
                    }

                    Add(PlannedActionKind.RecoverFromGetWell);
                }

                if (Chance(ScenarioRates.ImportedContraction))
                {
                    ChangeMrr(0.6m, 0.25m);
                }

                var grow = Chance(ScenarioRates.ImportedGrowth);
                Task(grow ? TaskRenew + 1 + random.Next(2) : TaskRenew, Recurring);
                if (grow)
                {
                    ChangeMrr(1.15m, 0.5m);
                }

                Advance(Ltv);
                if (journey.Index % 5 == 0)
                {
                    // A later problem scenario, still being worked when the demo ends, so "Get-well customers" has rows.
                    // Timed without the random source, so every other journey of the demo stays as it was.
                    at = at.AddDays(30);
                    actions.Add(new PlannedAction(at, journey.Index, sequence++, PlannedActionKind.EnterGetWell, null, null, null, null, false));
                }
            }

            /// <summary>Sets MRR to a factor between low and low + spread of the journey's MRR, in steps of 50.</summary>
            private void ChangeMrr(decimal low, decimal spread) =>
                Add(PlannedActionKind.ChangeMrr, mrr: Math.Round(journey.Mrr * (low + (decimal)random.NextDouble() * spread) / 50m) * 50m);

            private int MotionTask() => journey.Motion switch { 0 => 1, 1 => 0, _ => 2 }; // Inbound, Outbound, Target tasks

            private bool Chance(double p) => random.NextDouble() < p;

            private void Task(int task, int stage)
            {
                var (min, max) = ScenarioRates.DaysInStage[stage];
                Wait(Math.Max(1, min / 2), Math.Max(2, max / 2));
                Add(PlannedActionKind.CompleteTask, task: task);
            }

            private void Advance(int stage)
            {
                var (min, max) = ScenarioRates.DaysInStage[stage - 1];
                Wait(Math.Max(1, min / 2), Math.Max(2, max / 2));
                Add(PlannedActionKind.Advance, stage: stage, viaFlow: Chance(ScenarioRates.ViaProcessFlow));
            }

            private void Wait(int minDays, int maxDays) => at = at.AddHours(random.Next(minDays * 24, maxDays * 24));

            private void Add(PlannedActionKind kind, int? stage = null, int? task = null, string? text = null, decimal? mrr = null, bool viaFlow = false)
            {
                at = at.AddMinutes(1 + random.Next(90));
                actions.Add(new PlannedAction(at, journey.Index, sequence++, kind, stage, task, text, mrr, viaFlow));
            }

            private string Description(bool withBannedWord)
            {
                string[] clean =
                {
                    "Wants to shorten onboarding for new clinics; budget owner is the COO.",
                    "Evaluating us against two in-house options; impact metric is hours saved per week.",
                    "Growing team, needs one view of the customer journey across regions.",
                    "Churned from their last vendor; wants a partner who reviews usage with them monthly.",
                };
                string[] banned =
                {
                    "Big opportunity, let's close the deal before quarter end.",
                    "Ready to negotiate on price if they sign this month.",
                    "Strong chance to win this one; expansion potential next year.",
                };
                var pool = withBannedWord ? banned : clean;
                return pool[random.Next(pool.Length)];
            }
        }
    }
}
