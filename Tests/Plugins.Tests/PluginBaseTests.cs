using System;
using System.Linq;
using DataverseFunnel.Plugins.Tests.TestSupport;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins.Tests
{
    /// <summary>The shared base: every failure reaches the user as an InvalidPluginExecutionException that says what to do.</summary>
    public class PluginBaseTests
    {
        private sealed class CrashingPlugin : PluginBase
        {
            public CrashingPlugin()
                : base(null, null)
            {
            }

            private protected override void ExecuteCore(LocalPluginContext context)
            {
                string? missing = null;
                context.Trace("about to crash " + missing!.Length);
            }
        }

        [Fact]
        public void Execute_NullReferenceInside_BecomesClearInvalidPluginExecutionException()
        {
            var org = BowtieOrg.Create();
            var step = StepRegistrationReader.FromType(typeof(JourneyStagePlugin)).First() with { PluginTypeName = typeof(CrashingPlugin).FullName! };

            var error = Assert.Throws<InvalidPluginExecutionException>(() => org.ExecutePlugin(new CrashingPlugin(), step, BowtieOrg.Journey()));

            Assert.Contains("could not finish (NullReferenceException), so nothing was saved", error.Message);
            Assert.IsType<NullReferenceException>(error.InnerException);
        }

        [Fact]
        public void Execute_ThroughThePipeline_TracesEntryAndExit()
        {
            var org = BowtieOrg.Create();

            org.CreateService().Create(BowtieOrg.Journey());

            Assert.Contains(org.Traces, t => t.Contains("Entered JourneyStagePlugin: Create of bowtie_journey, stage 20"));
            Assert.Contains(org.Traces, t => t.Contains("Exited JourneyStagePlugin"));
        }

        [Fact]
        public void Execute_StageGuardOnAnotherTable_RefusedNamingTheRegistration()
        {
            var org = BowtieOrg.Create();
            var step = StepRegistrationReader.FromType(typeof(JourneyStagePlugin)).First() with { PrimaryEntity = "account" };

            var error = Assert.Throws<InvalidPluginExecutionException>(() => org.ExecutePlugin(new JourneyStagePlugin(), step, new Entity("account")));

            Assert.Contains("runs on bowtie_journey, not account. Check the step registration.", error.Message);
        }
    }
}
