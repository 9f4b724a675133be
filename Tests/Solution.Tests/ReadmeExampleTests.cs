using System;
using System.ServiceModel;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Solutions;
using DataverseFunnel.Plugins;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Solution.Tests
{
    /// <summary>The README's in-memory example, kept true: plugins tested against the shipped tables.</summary>
    public class ReadmeExampleTests
    {
        [Fact]
        public void InMemoryExample_SkipToCommit_RefusedAndLeavesNoTrace()
        {
            var org = new InMemoryOrganization(SolutionMetadataReader.Read(ShippedSolution.Zip));
            org.RegisterPlugin<JourneyStagePlugin>();
            var service = org.CreateService();
            var id = service.Create(new Entity("bowtie_journey") { ["bowtie_name"] = "Contoso" });

            var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
                service.Update(new Entity("bowtie_journey", id) { ["bowtie_stage"] = new OptionSetValue(269840003) }));

            Assert.Contains("one stage at a time", fault.Detail.Message, StringComparison.Ordinal);
            Assert.Single(org.All("bowtie_stagetransition"));
            var before = org.Clock.GetUtcNow();
            org.AdvanceClock(TimeSpan.FromDays(3));
            Assert.Equal(before.AddDays(3), org.Clock.GetUtcNow());
        }
    }
}
