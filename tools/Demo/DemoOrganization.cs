using System;
using System.Collections.Generic;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Solutions;
using DataverseFunnel.Plugins;
using DataverseFunnel.Registration;
using DataverseFunnel.SolutionTools.Plugins;

namespace DataverseFunnel.Demo
{
    /// <summary>
    /// The in-memory Dataverse the demo runs on, built from the packed solution alone: its tables from
    /// customizations.xml and its plugin steps from the zip's SdkMessageProcessingStep entries, so the demo proves
    /// that what admins import is what was tested.
    /// </summary>
    internal static class DemoOrganization
    {
        public static (InMemoryOrganization Org, IReadOnlyList<StepDefinition> Steps) FromSolutionZip(string zipPath, DateTime start)
        {
            var metadata = SolutionMetadataReader.Read(zipPath);
            var org = new InMemoryOrganization(metadata, new InMemoryOrganizationOptions { Clock = new ManualClock(new DateTimeOffset(start, TimeSpan.Zero)) });
            org.Seed(SolutionEnvironmentVariables.Read(zipPath));
            var steps = PackedStepReader.FromZip(zipPath);
            if (steps.Count == 0)
            {
                throw new InvalidOperationException($"{zipPath} registers no plugin steps; pack it with the plugin assembly.");
            }

            org.RegisterSteps(steps, typeof(PluginBase).Assembly);
            return (org, steps);
        }
    }
}
