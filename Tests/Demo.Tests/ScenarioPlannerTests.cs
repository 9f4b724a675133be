using System.Linq;

namespace DataverseFunnel.Demo.Tests
{
    public class ScenarioPlannerTests
    {
        [Fact]
        public void Plan_SameSeed_SamePlan()
        {
            var first = ScenarioPlanner.Plan(200, 7);
            var second = ScenarioPlanner.Plan(200, 7);

            Assert.Equal(first.Journeys, second.Journeys);
            Assert.Equal(first.Actions, second.Actions);
        }

        [Fact]
        public void Plan_OtherSeed_OtherPlan()
        {
            Assert.NotEqual(ScenarioPlanner.Plan(200, 7).Actions, ScenarioPlanner.Plan(200, 8).Actions);
        }

        [Fact]
        public void Plan_Actions_InTimeOrderWithinTheWindow()
        {
            var plan = ScenarioPlanner.Plan(500, 1);

            Assert.Equal(plan.Actions.OrderBy(a => a.At).ThenBy(a => a.Journey).ThenBy(a => a.Sequence), plan.Actions);
            Assert.All(plan.Actions, a => Assert.True(a.At <= plan.Now));
        }

        [Fact]
        public void Plan_EveryJourney_StartsWithItsCreationOrImport()
        {
            var plan = ScenarioPlanner.Plan(500, 3);

            foreach (var journey in plan.Actions.GroupBy(a => a.Journey))
            {
                Assert.Contains(journey.First().Kind, new[] { PlannedActionKind.WriteDescription, PlannedActionKind.Import });
                Assert.Single(journey, a => a.Kind is PlannedActionKind.WriteDescription or PlannedActionKind.Import);
            }
        }

        [Fact]
        public void Plan_ExistingCustomers_ImportedBeforeTheWindowAtLiveOrRecurring()
        {
            var plan = ScenarioPlanner.Plan(1000, 5);
            var imports = plan.Actions.Where(a => a.Kind == PlannedActionKind.Import).ToList();

            Assert.Equal(100, imports.Count);
            Assert.All(imports, a => Assert.True(a.At < plan.Start && a.Stage is 4 or 5 && !string.IsNullOrWhiteSpace(a.Text)));
        }
    }
}
