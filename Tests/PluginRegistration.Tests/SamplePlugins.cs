using System;
using DataverseFunnel.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Registration.Tests
{
    // Plugins that exist only to be read by the registration readers.
    public abstract class SamplePluginBase : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }

    [StepRegistration("0b6c1f3e-2a57-4a43-9f58-2d8f7f0c1a01", "Update", "bowtie_journey", PipelineStage.PreOperation, ExecutionMode.Synchronous,
        Rank = 5, FilteringAttributes = new[] { "bowtie_stage", " statecode " }, PreImageAlias = "pre", PreImageAttributes = new[] { "bowtie_stage" },
        UnsecureConfiguration = "{\"allowSkips\":true}", Description = "Guards the stage")]
    [StepRegistration("0b6c1f3e-2a57-4a43-9f58-2d8f7f0c1a02", "Create", "bowtie_journey", PipelineStage.PostOperation, ExecutionMode.Asynchronous,
        PostImageAlias = "post", Name = "Journey created")]
    public sealed class SampleGuardPlugin : SamplePluginBase
    {
    }

    [StepRegistration("0b6c1f3e-2a57-4a43-9f58-2d8f7f0c1a03", "Create", "bowtie_journey", PipelineStage.PreOperation, ExecutionMode.Asynchronous)]
    public sealed class AsyncInPreOperationPlugin
    {
    }

    public sealed class NotAPlugin
    {
    }
}
