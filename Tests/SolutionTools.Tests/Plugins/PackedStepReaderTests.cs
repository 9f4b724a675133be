using System;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using DataverseFunnel.Registration;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.SolutionTools.Tests.Plugins
{
    public class PackedStepReaderTests
    {
        [Fact]
        public void FromCustomizations_GeneratedSteps_RoundTripToTheSameDefinitions()
        {
            var assembly = PluginFixtures.Assembly(PluginFixtures.UpdateStep, PluginFixtures.CreateStep);
            var generated = PluginComponentGenerator.Generate(assembly, Array.Empty<byte>(), PluginFixtures.AssemblyId, "1.0.0.0");
            var customizations = new XDocument(new XElement(
                "ImportExportXml",
                new XElement("SolutionPluginAssemblies", generated.Files.Where(f => f.Key.EndsWith(".dll.data.xml", StringComparison.Ordinal)).Select(f => Parse(f.Value))),
                new XElement("SdkMessageProcessingSteps", generated.Files.Where(f => f.Key.StartsWith("SdkMessageProcessingSteps/", StringComparison.Ordinal)).Select(f => Parse(f.Value)))));

            var steps = PackedStepReader.FromCustomizations(customizations);

            Assert.Equal(2, steps.Count);
            AssertSame(PluginFixtures.CreateStep, steps[0]);
            AssertSame(PluginFixtures.UpdateStep, steps[1]);
        }

        [Fact]
        public void FromCustomizations_UnknownMessageId_Throws()
        {
            var customizations = XDocument.Parse(
                "<ImportExportXml><SdkMessageProcessingSteps><SdkMessageProcessingStep Name='x' SdkMessageProcessingStepId='{2faa6b17-c7f7-e711-a955-000d3a34a1bd}'>" +
                "<SdkMessageId>{2faa6b17-c7f7-e711-a955-000d3a34a1bd}</SdkMessageId><Mode>0</Mode><Rank>1</Rank><Stage>40</Stage>" +
                "</SdkMessageProcessingStep></SdkMessageProcessingSteps></ImportExportXml>");

            var error = Assert.Throws<StepRegistrationException>(() => PackedStepReader.FromCustomizations(customizations));

            Assert.Contains("not a known message", error.Message, StringComparison.Ordinal);
        }

        internal static void AssertSame(StepDefinition expected, StepDefinition actual)
        {
            Assert.Equal(
                (expected.Id, expected.Name, expected.PluginTypeName, expected.Message, expected.PrimaryEntity, expected.Stage, expected.Mode, expected.Rank, expected.UnsecureConfiguration, expected.Description),
                (actual.Id, actual.Name, actual.PluginTypeName, actual.Message, actual.PrimaryEntity, actual.Stage, actual.Mode, actual.Rank, actual.UnsecureConfiguration, actual.Description));
            Assert.Equal(expected.FilteringAttributes, actual.FilteringAttributes);
            Assert.Equal(
                expected.Images.Select(i => (i.Alias, i.Kind, string.Join(",", i.Attributes))),
                actual.Images.Select(i => (i.Alias, i.Kind, string.Join(",", i.Attributes))));
        }

        private static XElement Parse(byte[] bytes) => XDocument.Parse(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')).Root!;
    }
}
