using System;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins.Tests.TestSupport
{
    /// <summary>
    /// Another team's plugin (test only): when an account's description is set to "journey id|stage", it ticks Trade and
    /// moves that journey to that stage — a nested call through the bowtie's steps.
    /// </summary>
    [StepRegistration("3f9e1d52-55d7-4a8e-9f0e-7d1b2c3a4e01", "Update", "account", PipelineStage.PostOperation, ExecutionMode.Synchronous,
        FilteringAttributes = new[] { "description" })]
    public sealed class AccountCommitsJourneyPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
            var target = (Entity)context.InputParameters["Target"];
            var parts = target.GetAttributeValue<string>("description")!.Split('|');
            var journeyId = Guid.Parse(parts[0]);
            var stage = (BowtieStage)Enum.Parse(typeof(BowtieStage), parts[1]);
            factory.CreateOrganizationService(context.UserId).Update(new Entity(JourneyColumns.Table, journeyId)
            {
                [BowtieModel.Task(BowtieTask.Trade).DoneColumn] = true,
                [JourneyColumns.Stage] = new OptionSetValue((int)stage),
            });
        }
    }
}
