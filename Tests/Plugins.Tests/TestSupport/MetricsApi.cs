using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.CustomApis;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.Plugins.Tests.TestSupport
{
    /// <summary>The Custom API bowtie_GetBowtieMetrics on an in-memory org, as Solution/customapis declares it, and a page counter.</summary>
    internal static class MetricsApi
    {
        public static void Register(InMemoryOrganization org) =>
            org.RegisterCustomApi<GetBowtieMetricsPlugin>(new CustomApiBuilder(GetBowtieMetricsPlugin.MessageName)
                .Request(GetBowtieMetricsPlugin.WindowFrom, CustomApiFieldType.DateTime)
                .Request(GetBowtieMetricsPlugin.WindowTo, CustomApiFieldType.DateTime)
                .Request(GetBowtieMetricsPlugin.Motion, CustomApiFieldType.String, isOptional: true)
                .Request(GetBowtieMetricsPlugin.Campaign, CustomApiFieldType.String, isOptional: true)
                .Response(GetBowtieMetricsPlugin.MetricsJson, CustomApiFieldType.String)
                .Response(GetBowtieMetricsPlugin.PosterSvg, CustomApiFieldType.String)
                .Build());

        public static OrganizationResponse Call(this IOrganizationService service, DateTime from, DateTime to, string? motion = null, string? campaign = null)
        {
            var request = new OrganizationRequest(GetBowtieMetricsPlugin.MessageName)
            {
                [GetBowtieMetricsPlugin.WindowFrom] = from,
                [GetBowtieMetricsPlugin.WindowTo] = to,
            };
            if (motion != null) request[GetBowtieMetricsPlugin.Motion] = motion;
            if (campaign != null) request[GetBowtieMetricsPlugin.Campaign] = campaign;
            return service.Execute(request);
        }

        public static string Json(this OrganizationResponse response) => (string)response.Results[GetBowtieMetricsPlugin.MetricsJson];

        /// <summary>A number in the document: the first <c>"name": value</c> after <paramref name="after"/> (or from the start).</summary>
        public static string Figure(string json, string name, string? after = null)
        {
            var start = after == null ? 0 : json.IndexOf(after, StringComparison.Ordinal);
            var match = new Regex("\"" + Regex.Escape(name) + "\": ([^,\\n]+)").Match(json, Math.Max(0, start));
            return match.Success ? match.Groups[1].Value : throw new InvalidOperationException(name + " not found after " + after);
        }

        /// <summary>Registers a PostOperation step on RetrieveMultiple of <paramref name="table"/> that counts the pages read.</summary>
        public static PageCounter CountPages(this InMemoryOrganization org, string table)
        {
            var counter = new PageCounter();
            org.RegisterStep(new StepDefinition(Guid.NewGuid(), "Count pages of " + table, typeof(PageCounter).FullName!, "RetrieveMultiple", table,
                PipelineStage.PostOperation, ExecutionMode.Synchronous, 1, Array.Empty<string>(), Array.Empty<StepImage>(), null, null), counter);
            return counter;
        }

        /// <summary>Counts RetrieveMultiple calls and the rows they returned (a test's instance; tests read it after the call).</summary>
        internal sealed class PageCounter : IPlugin
        {
            private int pages;
            private int rows;

            public int Pages => pages;

            public int Rows => rows;

            public void Execute(IServiceProvider serviceProvider)
            {
                var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
                System.Threading.Interlocked.Increment(ref pages);
                if (context.OutputParameters.Contains("BusinessEntityCollection") && context.OutputParameters["BusinessEntityCollection"] is EntityCollection page)
                {
                    System.Threading.Interlocked.Add(ref rows, page.Entities.Count);
                }
            }
        }
    }
}
