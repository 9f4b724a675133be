using System;
using System.Linq;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Plugins.Tests.TestSupport;
using DataverseFunnel.Registration;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>The bowtie steps as declared: valid, unique ids, and the pre-image holds every column the rules read.</summary>
    public class StepRegistrationTests
    {
        private static readonly StepDefinition[] Steps = BowtieOrg.BowtiePlugins.SelectMany(StepRegistrationReader.FromType).ToArray();

        [Fact]
        public void BowtieSteps_AreValidWithUniqueIds()
        {
            Assert.Equal(16, Steps.Length);
            Assert.All(Steps, s => Assert.Empty(StepDefinitionValidator.Problems(s)));
            Assert.Equal(Steps.Length, Steps.Select(s => s.Id).Distinct().Count());
            Assert.All(Steps, s => Assert.Equal(ExecutionMode.Synchronous, s.Mode));
        }

        [Fact]
        public void JourneyGuardUpdate_PreImageHoldsEveryColumnTheRulesRead()
        {
            var guard = Steps.Single(s => s.PluginTypeName == typeof(JourneyStagePlugin).FullName && s.Message == "Update" && s.Stage == PipelineStage.PreOperation);

            Assert.Equal("pre", guard.PreImage!.Alias);
            Assert.Empty(JourneyRecord.PreImageColumns.Except(guard.PreImage.Attributes));
        }

        [Fact]
        public void JourneyHistoryUpdate_RunsWheneverTheGuardRuns()
        {
            var journeySteps = Steps.Where(s => s.PluginTypeName == typeof(JourneyStagePlugin).FullName && s.Message == "Update").ToList();

            Assert.Equal(2, journeySteps.Count);
            Assert.Equal(journeySteps[0].FilteringAttributes, journeySteps[1].FilteringAttributes);
        }

        [Fact]
        public void Plugins_HavePlatformConstructors()
        {
            Assert.All(BowtieOrg.BowtiePlugins, t =>
            {
                Assert.True(t.IsSealed && t.IsPublic);
                Assert.NotNull(t.GetConstructor(Type.EmptyTypes));
                Assert.NotNull(t.GetConstructor(new[] { typeof(string), typeof(string) }));
            });
        }
    }
}
