using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Registration;

namespace DataverseFunnel.Registration.Tests
{
    public class StepDefinitionValidatorTests
    {
        private static StepDefinition CreateStep(
            string message = "Update",
            PipelineStage stage = PipelineStage.PreOperation,
            ExecutionMode mode = ExecutionMode.Synchronous,
            string[]? filtering = null,
            params StepImage[] images) =>
            new(Guid.Parse("11111111-2222-3333-4444-555555555555"), "step", "Ns.Plugin", message, "bowtie_journey", stage, mode, 1,
                filtering ?? Array.Empty<string>(), images, null, null);

        public static IEnumerable<object[]> ImpossibleSteps()
        {
            yield return new object[] { CreateStep(mode: ExecutionMode.Asynchronous), "asynchronous steps run only in PostOperation" };
            yield return new object[] { CreateStep(message: "Create", filtering: new[] { "name" }), "filtering attributes apply only to Update" };
            yield return new object[] { CreateStep(message: "Create", images: new StepImage("pre", StepImageKind.PreImage, Array.Empty<string>())), "a new row has no previous state" };
            yield return new object[] { CreateStep(message: "Delete", stage: PipelineStage.PostOperation, images: new StepImage("post", StepImageKind.PostImage, Array.Empty<string>())), "a deleted row has no state" };
            yield return new object[] { CreateStep(images: new StepImage("post", StepImageKind.PostImage, Array.Empty<string>())), "post-images exist only in PostOperation" };
            yield return new object[] { CreateStep(message: "RetrieveMultiple", images: new StepImage("pre", StepImageKind.PreImage, Array.Empty<string>())), "has no entity images" };
            yield return new object[] { CreateStep(stage: (PipelineStage)30), "use PreValidation (10), PreOperation (20) or PostOperation (40)" };
            yield return new object[] { CreateStep(images: new[] { new StepImage("pre", StepImageKind.PreImage, Array.Empty<string>()), new StepImage("pre", StepImageKind.PreImage, Array.Empty<string>()) }), "uses the image alias 'pre' twice" };
        }

        [Theory]
        [MemberData(nameof(ImpossibleSteps))]
        public void Problems_ImpossibleCombination_NamesIt(StepDefinition step, string expected)
        {
            Assert.Contains(StepDefinitionValidator.Problems(step), p => p.Contains(expected, StringComparison.Ordinal));
        }

        [Fact]
        public void Problems_ValidUpdateWithBothImagesInPostOperation_None()
        {
            var step = CreateStep(stage: PipelineStage.PostOperation, filtering: new[] { "bowtie_stage" },
                images: new[] { new StepImage("pre", StepImageKind.PreImage, Array.Empty<string>()), new StepImage("post", StepImageKind.PostImage, Array.Empty<string>()) });

            Assert.Empty(StepDefinitionValidator.Problems(step));
        }

        [Fact]
        public void EnsureValid_DuplicateIdsAcrossSteps_Throws()
        {
            var error = Assert.Throws<StepRegistrationException>(() => StepDefinitionValidator.EnsureValid(new[] { CreateStep(), CreateStep() }));

            Assert.Contains("each step needs its own id", error.Message);
        }
    }
}
