using System;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.SolutionTools.Tests.Plugins
{
    public class NameBasedGuidTests
    {
        [Fact]
        public void Create_Rfc4122DnsExample_MatchesPublishedValue()
        {
            // uuid5(NAMESPACE_DNS, "www.example.com") as computed by Python's uuid module.
            var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

            Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), NameBasedGuid.Create(dns, "www.example.com"));
        }

        [Fact]
        public void Create_PluginTypeUnderOurAssemblyId_IsStableVersion5()
        {
            var id = NameBasedGuid.Create(new Guid("8ddf5eda-6045-454e-8377-b8b711d162d3"), "DataverseFunnel.Plugins.JourneyStagePlugin");

            Assert.Equal(new Guid("cbb88dfb-f9b2-5d94-a7d7-e411dad0efd0"), id);
            Assert.Equal('5', id.ToString()[14]);
        }

        [Fact]
        public void Create_DifferentNames_GiveDifferentIds()
        {
            var ns = Guid.Parse("8ddf5eda-6045-454e-8377-b8b711d162d3");

            Assert.NotEqual(NameBasedGuid.Create(ns, "A.Plugin"), NameBasedGuid.Create(ns, "B.Plugin"));
        }
    }
}
