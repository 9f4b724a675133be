using System;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;

namespace DataverseFunnel.SolutionTools.Tests.Plugins
{
    /// <summary>A plugin assembly as the registration reader would describe it, without needing a built DLL.</summary>
    internal static class PluginFixtures
    {
        public const string FullName = "Contoso.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef";
        public static readonly Guid AssemblyId = new("8ddf5eda-6045-454e-8377-b8b711d162d3");

        public static readonly StepDefinition UpdateStep = new(
            new Guid("11111111-2222-4333-8444-555555555555"),
            "Contoso.Plugins.JourneyPlugin: Update of bowtie_journey",
            "Contoso.Plugins.JourneyPlugin",
            "Update",
            "bowtie_journey",
            PipelineStage.PreOperation,
            ExecutionMode.Synchronous,
            1,
            new[] { "bowtie_stage", "bowtie_mrr" },
            new[] { new StepImage("pre", StepImageKind.PreImage, new[] { "bowtie_stage", "bowtie_stageenteredon" }) },
            "{\"mode\":\"strict\"}",
            "Keeps the journey's stage rules");

        public static readonly StepDefinition CreateStep = new(
            new Guid("66666666-7777-4888-8999-aaaaaaaaaaaa"),
            "Contoso.Plugins.HistoryPlugin: Create of bowtie_journey",
            "Contoso.Plugins.HistoryPlugin",
            "Create",
            "bowtie_journey",
            PipelineStage.PostOperation,
            ExecutionMode.Asynchronous,
            2,
            Array.Empty<string>(),
            new[] { new StepImage("post", StepImageKind.PostImage, Array.Empty<string>()) },
            null,
            null);

        public static PluginAssemblyInfo Assembly(params StepDefinition[] steps) => new(
            FullName,
            "Contoso.Plugins",
            "1.0.0.0",
            "0123456789abcdef",
            true,
            ".NETFramework,Version=v4.6.2",
            new[] { "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089" },
            new[] { "Contoso.Plugins.HistoryPlugin", "Contoso.Plugins.JourneyPlugin" },
            steps);
    }
}
