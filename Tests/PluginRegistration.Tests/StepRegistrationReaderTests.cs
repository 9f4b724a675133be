using System;
using System.Linq;
using DataverseFunnel.Plugins.Registration;

namespace DataverseFunnel.Registration.Tests
{
    public class StepRegistrationReaderTests
    {
        [Fact]
        public void FromType_FullRegistration_MapsEveryArgument()
        {
            var steps = StepRegistrationReader.FromType(typeof(SampleGuardPlugin));

            Assert.Equal(2, steps.Count);
            var update = steps.Single(s => s.Message == "Update");
            Assert.Equal(Guid.Parse("0b6c1f3e-2a57-4a43-9f58-2d8f7f0c1a01"), update.Id);
            Assert.Equal(typeof(SampleGuardPlugin).FullName, update.PluginTypeName);
            Assert.Equal("bowtie_journey", update.PrimaryEntity);
            Assert.Equal(PipelineStage.PreOperation, update.Stage);
            Assert.Equal(ExecutionMode.Synchronous, update.Mode);
            Assert.Equal(5, update.Rank);
            Assert.Equal(new[] { "bowtie_stage", "statecode" }, update.FilteringAttributes);
            Assert.Equal(new StepImage("pre", StepImageKind.PreImage, new[] { "bowtie_stage" }).Alias, update.PreImage?.Alias);
            Assert.Equal(new[] { "bowtie_stage" }, update.PreImage?.Attributes);
            Assert.Null(update.PostImage);
            Assert.Equal("{\"allowSkips\":true}", update.UnsecureConfiguration);
            Assert.Equal("Guards the stage", update.Description);
            Assert.Equal($"{typeof(SampleGuardPlugin).FullName}: Update of bowtie_journey", update.Name);
        }

        [Fact]
        public void FromType_DefaultsAndExplicitName_Applied()
        {
            var create = StepRegistrationReader.FromType(typeof(SampleGuardPlugin)).Single(s => s.Message == "Create");

            Assert.Equal("Journey created", create.Name);
            Assert.Equal(1, create.Rank);
            Assert.Empty(create.FilteringAttributes);
            Assert.Equal(ExecutionMode.Asynchronous, create.Mode);
            Assert.Equal("post", create.PostImage?.Alias);
            Assert.Empty(create.PostImage!.Attributes);
        }

        [Fact]
        public void FromType_ImpossibleCombination_ThrowsNamingTheProblem()
        {
            var error = Assert.Throws<StepRegistrationException>(() => StepRegistrationReader.FromType(typeof(AsyncInPreOperationPlugin)));

            Assert.Contains("asynchronous steps run only in PostOperation", error.Message);
        }

        [Fact]
        public void FromType_NoAttributes_ReturnsEmpty()
        {
            Assert.Empty(StepRegistrationReader.FromType(typeof(NotAPlugin)));
        }
    }
}
