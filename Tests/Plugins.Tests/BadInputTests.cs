using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Plugins.Tests.TestSupport;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>Bad input gets a clear InvalidPluginExecutionException that says what to fix, never a crash, and nothing is written.</summary>
    public class BadInputTests
    {
        private static void AssertNothingWritten(DataverseFunnel.InMemory.InMemoryOrganization org, Guid journeyId, Entity before, int rows)
        {
            var after = org.Stored(journeyId);
            Assert.Equal(before.Attributes.OrderBy(a => a.Key).Select(a => a.Key + "=" + a.Value), after.Attributes.OrderBy(a => a.Key).Select(a => a.Key + "=" + a.Value));
            Assert.Equal(rows, org.Count(StageTransitionColumns.Table));
        }

        [Theory]
        [InlineData(42, "The stage value 42 is not a bowtie stage. Choose one of Prospect, MQL, SQL, Commit, Live, Recurring (MRR/ARR) or LTV.")]
        [InlineData(269840007, "The stage value 269840007 is not a bowtie stage.")]
        public void Update_StageOutsideTheChoice_RefusedNamingTheChoices(int value, string expected)
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Mql);
            var before = org.Stored(id);
            var rows = org.Count(StageTransitionColumns.Table);

            var message = Refused(() => org.CreateService().Update(Change(id, (JourneyColumns.Stage, new OptionSetValue(value)))));

            Assert.StartsWith(expected, message);
            AssertNothingWritten(org, id, before, rows);
        }

        [Fact]
        public void Update_NullStage_RefusedSuggestingAnExit()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Mql);
            var before = org.Stored(id);
            var rows = org.Count(StageTransitionColumns.Table);

            var message = Refused(() => org.CreateService().Update(Change(id, (JourneyColumns.Stage, null))));

            Assert.Contains("always has a stage", message);
            AssertNothingWritten(org, id, before, rows);
        }

        [Fact]
        public void Update_StepRegisteredWithoutPreImage_RefusedNamingTheRegistration()
        {
            var org = new DataverseFunnel.InMemory.InMemoryOrganization(Metadata());
            foreach (var step in StepRegistrationReader.FromType(typeof(JourneyStagePlugin)))
            {
                org.RegisterStep(step with { Images = Array.Empty<StepImage>() }, typeof(JourneyStagePlugin));
            }

            var id = org.CreateService().Create(Journey());
            var before = org.Stored(id);
            var rows = org.Count(StageTransitionColumns.Table);

            var message = Refused(() => org.CreateService().Update(Change(id, Stage(BowtieStage.Mql))));

            Assert.Contains("needs the pre-image 'pre'", message);
            Assert.Contains("Register the step with a pre-image", message);
            AssertNothingWritten(org, id, before, rows);
        }

        [Fact]
        public void Create_MalformedConfiguration_RefusedNamingTheKey()
        {
            var org = BowtieOrg.Create("{\"allowSkipping\": true}");

            var message = Refused(() => org.CreateService().Create(Journey()));

            Assert.Contains("unknown key 'allowSkipping'", message);
            Assert.Equal(0, org.Count(JourneyColumns.Table));
        }

        [Fact]
        public void Update_OneMegabyteMoveReason_RefusedSayingHowLong()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Sql);
            var before = org.Stored(id);
            var rows = org.Count(StageTransitionColumns.Table);
            var plugin = new JourneyStagePlugin();
            var step = StepRegistrationReader.FromType(typeof(JourneyStagePlugin)).Single(s => s.Message == "Update" && s.Stage == PipelineStage.PreOperation);

            // The platform caps the column at 2,000 characters before any plugin runs; run the step directly to prove the plugin's own guard.
            var error = Assert.Throws<InvalidPluginExecutionException>(() => org.ExecutePlugin(plugin, step,
                Change(id, Stage(BowtieStage.Prospect), Reason(new string('x', 1 << 20))), preImage: before));

            Assert.Contains("1,048,576 characters long; keep it to 2,000 characters or fewer", error.Message);
            AssertNothingWritten(org, id, before, rows);
        }

        [Fact]
        public void Update_OneMegabyteDescriptionWithAMove_Allowed()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Prospect);

            org.CreateService().Update(Change(id, Stage(BowtieStage.Mql), (JourneyColumns.Description, new string('a', 1 << 20))));

            Assert.Equal(BowtieStage.Mql, org.StageOf(id));
        }

        [Fact]
        public void Update_InactiveWithoutAnExitStatus_RefusedAskingWhy()
        {
            var org = BowtieOrg.Create();
            var id = org.JourneyAt(BowtieStage.Sql);

            var message = Refused(() => org.CreateService().Update(Change(id, (JourneyColumns.StateCode, new OptionSetValue(1)), Reason("gone"))));

            Assert.Contains("say why: set its status to Off-boarded", message);
        }

        [Fact]
        public void Execute_WithoutServiceProvider_ClearMessageNotNullReference()
        {
            var error = Assert.Throws<InvalidPluginExecutionException>(() => new JourneyStagePlugin().Execute(null!));

            Assert.Contains("without a service provider", error.Message);
        }

        [Fact]
        public void Execute_EmptyServiceProvider_ClearMessageNotNullReference()
        {
            var error = Assert.Throws<InvalidPluginExecutionException>(() => new StageHistoryGuardPlugin().Execute(new EmptyServices()));

            Assert.Contains("needs a plugin execution context", error.Message);
        }

        private sealed class EmptyServices : IServiceProvider
        {
            public object? GetService(Type serviceType) => null;
        }
    }
}
