using System;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.SolutionTools.Tests.Plugins
{
    public class PluginComponentGeneratorTests
    {
        private const string Folder = "PluginAssemblies/ContosoPlugins-8DDF5EDA-6045-454E-8377-B8B711D162D3";

        [Fact]
        public void Generate_Assembly_WritesDllAndDefinitionInExportLayout()
        {
            var dll = Encoding.ASCII.GetBytes("MZ fake");

            var generated = PluginComponentGenerator.Generate(PluginFixtures.Assembly(), dll, PluginFixtures.AssemblyId, "1.0.0.0");

            Assert.Equal(dll, generated.Files[$"{Folder}/ContosoPlugins.dll"]);
            var definition = Parse(generated.Files[$"{Folder}/ContosoPlugins.dll.data.xml"]);
            Assert.Equal(PluginFixtures.FullName, definition.Attribute("FullName")!.Value);
            Assert.Equal("8ddf5eda-6045-454e-8377-b8b711d162d3", definition.Attribute("PluginAssemblyId")!.Value);
            Assert.Equal($"/{Folder}/ContosoPlugins.dll", definition.Element("FileName")!.Value);
            var types = definition.Element("PluginTypes")!.Elements("PluginType").ToList();
            Assert.Equal(new[] { "Contoso.Plugins.HistoryPlugin", "Contoso.Plugins.JourneyPlugin" }, types.Select(t => t.Attribute("Name")!.Value));
            Assert.Equal($"Contoso.Plugins.JourneyPlugin, {PluginFixtures.FullName}", types[1].Attribute("AssemblyQualifiedName")!.Value);
            Assert.Equal(NameBasedGuid.Create(PluginFixtures.AssemblyId, "Contoso.Plugins.JourneyPlugin").ToString(), types[1].Attribute("PluginTypeId")!.Value);
            Assert.Equal((91, "8ddf5eda-6045-454e-8377-b8b711d162d3", PluginFixtures.FullName), (generated.RootComponents[0].Type, generated.RootComponents[0].Id, generated.RootComponents[0].SchemaName));
        }

        [Fact]
        public void Generate_UpdateStep_WritesMessageIdImageAndConfiguration()
        {
            var generated = PluginComponentGenerator.Generate(PluginFixtures.Assembly(PluginFixtures.UpdateStep), Array.Empty<byte>(), PluginFixtures.AssemblyId, "1.0.0.0");

            var step = Parse(generated.Files["SdkMessageProcessingSteps/{11111111-2222-4333-8444-555555555555}.xml"]);
            Assert.Equal("{20bebb1b-ea3e-db11-86a7-000a3a5473e8}", step.Element("SdkMessageId")!.Value);
            Assert.Equal("20", step.Element("Stage")!.Value);
            Assert.Equal("0", step.Element("Mode")!.Value);
            Assert.Equal("bowtie_stage,bowtie_mrr", step.Element("FilteringAttributes")!.Value);
            Assert.Equal("{\"mode\":\"strict\"}", step.Element("Configuration")!.Value);
            Assert.Equal("Keeps the journey's stage rules", step.Element("Description")!.Value);
            var image = step.Element("SdkMessageProcessingStepImages")!.Element("SdkMessageProcessingStepImage")!;
            Assert.Equal(("pre", "0", "Target", "bowtie_stage,bowtie_stageenteredon"), (image.Element("EntityAlias")!.Value, image.Element("ImageType")!.Value, image.Element("MessagePropertyName")!.Value, image.Element("Attributes")!.Value));
            Assert.Contains(generated.RootComponents, r => r.Type == 92 && r.Id == "11111111-2222-4333-8444-555555555555");
            Assert.Empty(generated.Problems);
        }

        [Fact]
        public void Generate_CreatePostImage_TakesImageFromId()
        {
            var generated = PluginComponentGenerator.Generate(PluginFixtures.Assembly(PluginFixtures.CreateStep), Array.Empty<byte>(), PluginFixtures.AssemblyId, "1.0.0.0");

            var image = Parse(generated.Files["SdkMessageProcessingSteps/{66666666-7777-4888-8999-aaaaaaaaaaaa}.xml"]).Descendants("SdkMessageProcessingStepImage").Single();
            Assert.Equal("Id", image.Element("MessagePropertyName")!.Value);
            Assert.Null(image.Element("Attributes")); // all columns
        }

        [Fact]
        public void Generate_UnknownMessage_ReportsStepInsteadOfGuessingAnId()
        {
            var custom = PluginFixtures.UpdateStep with { Message = "bowtie_Recalculate", FilteringAttributes = Array.Empty<string>(), Images = Array.Empty<DataverseFunnel.Registration.StepImage>() };

            var generated = PluginComponentGenerator.Generate(PluginFixtures.Assembly(custom), Array.Empty<byte>(), PluginFixtures.AssemblyId, "1.0.0.0");

            var problem = Assert.Single(generated.Problems);
            Assert.Contains("'bowtie_Recalculate'", problem, StringComparison.Ordinal);
            Assert.DoesNotContain(generated.Files.Keys, k => k.StartsWith("SdkMessageProcessingSteps/", StringComparison.Ordinal));
        }

        private static XElement Parse(byte[] bytes) => XDocument.Parse(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')).Root!;
    }
}
