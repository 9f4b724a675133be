using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using DataverseFunnel.InMemory;
using DataverseFunnel.InMemory.Bpf;
using DataverseFunnel.InMemory.Metadata;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;
using DataverseFunnel.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins.Tests.TestSupport
{
    /// <summary>An in-memory org with the bowtie tables, the "Bowtie journey" flow and every bowtie step registered.</summary>
    internal static class BowtieOrg
    {
        public static readonly DateTime Start = ManualClock.DefaultStart.UtcDateTime;

        public static readonly Type[] BowtiePlugins =
            { typeof(JourneyStagePlugin), typeof(StageHistoryGuardPlugin), typeof(JourneyFlowPlugin), typeof(JourneyFlowSyncPlugin) };

        /// <summary>
        /// The bowtie tables as the contract describes them. bowtie_stage lists no valid values, so an out-of-range
        /// stage reaches the plugin (Dataverse itself would also reject it) and the plugin's own message is tested.
        /// </summary>
        public static MetadataModel Metadata()
        {
            var values = Enumerable.Range(0, 18).Select(n => BowtieModel.OptionValuePrefix + n).ToArray();
            return new MetadataBuilder()
                .Table(JourneyColumns.Table, t =>
                {
                    t.PrimaryName(JourneyColumns.Name, 200).Customer(JourneyColumns.Customer).Choice(JourneyColumns.Stage)
                        .Choice(JourneyColumns.Motion, values.Take(3).ToArray()).String(JourneyColumns.Campaign, 100)
                        .Choice(JourneyColumns.CurrentTask, values).Choice(JourneyColumns.Health, values.Take(2).ToArray())
                        .Money(JourneyColumns.Mrr).Money(JourneyColumns.Arr).Money(JourneyColumns.Ltv).DateTime(JourneyColumns.LtvAsOf)
                        .String(JourneyColumns.MoveReason, 2000).Memo(JourneyColumns.Description, 1048576).DateTime(JourneyColumns.StageEnteredOn)
                        .States(new StateOption(0, "Active", new[] { 1 }), new StateOption(1, "Inactive", new[] { 269840000, 269840001 }));
                    foreach (var stage in BowtieModel.Stages) t.DateTime(stage.FirstEnteredColumn);
                    foreach (var task in BowtieModel.Tasks) t.Boolean(task.DoneColumn);
                })
                .Table(StageTransitionColumns.Table, t => t
                    .PrimaryName(StageTransitionColumns.Name, 200).Lookup(StageTransitionColumns.Journey, JourneyColumns.Table)
                    .Choice(StageTransitionColumns.FromStage, values.Take(7).ToArray()).Choice(StageTransitionColumns.ToStage, values.Take(7).ToArray())
                    .Choice(StageTransitionColumns.Exit, values.Take(2).ToArray()).Choice(StageTransitionColumns.Kind, values.Take(7).ToArray())
                    .DateTime(StageTransitionColumns.MovedOn).Lookup(StageTransitionColumns.MovedBy, "systemuser")
                    .String(StageTransitionColumns.Reason, 2000).Decimal(StageTransitionColumns.DaysInStage)
                    .Choice(StageTransitionColumns.Motion, values.Take(3).ToArray()).String(StageTransitionColumns.Campaign, 100)
                    .Money(StageTransitionColumns.Mrr).String(StageTransitionColumns.CorrectionReason, 2000))
                .Table(VocabularyColumns.TermTable, t => t
                    .OrganizationOwned().PrimaryName(VocabularyColumns.TermName, 200).String(VocabularyColumns.TermPreferred, 100)
                    .String(VocabularyColumns.TermWhy, 500).Choice(VocabularyColumns.TermAction, 269840000, 269840001, 269840002)
                    .String(VocabularyColumns.TermVariants, 1000))
                .BusinessProcessFlow(new BusinessProcessFlowDefinition(JourneyFlowColumns.Table, "Bowtie journey", JourneyFlowColumns.ProcessId, JourneyColumns.Table,
                    BowtieModel.Processes.Select(p => new BusinessProcessFlowStage(p.FlowStageId, p.Name)).ToArray()))
                .OneToMany("bowtie_journey_bowtie_stagetransition", JourneyColumns.Table, StageTransitionColumns.Table, StageTransitionColumns.Journey, CascadeBehavior.Cascade,
                    CascadeBehavior.Cascade)
                .OneToMany("bpf_bowtie_journey_bowtie_bowtiejourneyflow", JourneyColumns.Table, JourneyFlowColumns.Table, JourneyFlowColumns.Journey, CascadeBehavior.Cascade)
                .Build();
        }

        /// <summary>A new org with every bowtie step; <paramref name="configuration"/> goes to every step's unsecure configuration.</summary>
        public static InMemoryOrganization Create(string? configuration = null, params Type[] extraPlugins) =>
            Create(new InMemoryOrganizationOptions(), configuration, extraPlugins);

        /// <summary>A new org built with <paramref name="options"/> (e.g. the SetState routing) and every bowtie step.</summary>
        public static InMemoryOrganization Create(InMemoryOrganizationOptions options, string? configuration = null, params Type[] extraPlugins)
        {
            var org = new InMemoryOrganization(Metadata(), options);
            foreach (var type in BowtiePlugins.Concat(extraPlugins))
            {
                foreach (var step in StepRegistrationReader.FromType(type))
                {
                    org.RegisterStep(configuration == null ? step : step with { UnsecureConfiguration = configuration }, type);
                }
            }

            return org;
        }

        /// <summary>An org whose steps all run the given plugin instances (one instance per plugin type, shared).</summary>
        public static InMemoryOrganization WithInstances(IReadOnlyDictionary<Type, IPlugin> instances)
        {
            var org = new InMemoryOrganization(Metadata());
            foreach (var pair in instances)
            {
                foreach (var step in StepRegistrationReader.FromType(pair.Key)) org.RegisterStep(step, pair.Value);
            }

            return org;
        }

        public static Entity Journey(BowtieStage? stage = null, string? reason = null)
        {
            var journey = new Entity(JourneyColumns.Table)
            {
                [JourneyColumns.Name] = "Contoso",
                [JourneyColumns.Motion] = new OptionSetValue((int)ProspectingMotion.Outbound),
                [JourneyColumns.Campaign] = "Spring webinar",
                [JourneyColumns.Mrr] = new Money(1000m),
            };
            if (stage.HasValue) journey[JourneyColumns.Stage] = new OptionSetValue((int)stage.Value);
            if (reason != null) journey[JourneyColumns.MoveReason] = reason;
            return journey;
        }

        public static Entity Change(Guid id, params (string Column, object? Value)[] values)
        {
            var entity = new Entity(JourneyColumns.Table, id);
            foreach (var (column, value) in values) entity[column] = value!;
            return entity;
        }

        public static (string, object?) Stage(BowtieStage stage) => (JourneyColumns.Stage, new OptionSetValue((int)stage));

        public static (string, object?) Done(BowtieTask task) => (BowtieModel.Task(task).DoneColumn, true);

        public static (string, object?) Reason(string reason) => (JourneyColumns.MoveReason, reason);

        public static (string, object?) Exit(BowtieExit exit) => (JourneyColumns.StatusCode, new OptionSetValue((int)exit));

        /// <summary>Creates a journey and walks it forward to <paramref name="stage"/> one stage at a time, ticking what each process needs.</summary>
        public static Guid JourneyAt(this InMemoryOrganization org, BowtieStage stage)
        {
            var service = org.CreateService();
            var id = service.Create(Journey());
            foreach (var info in BowtieModel.Stages.Skip(1).TakeWhile(s => s.Position <= BowtieModel.Position(stage)))
            {
                var process = BowtieModel.Processes[info.Position - 1];
                var needed = BowtieModel.DefaultExitCriteria[process.Name].Tasks.Select(Done).Take(1);
                service.Update(Change(id, needed.Append(Stage(info.Stage)).ToArray()));
            }

            return id;
        }

        public static Entity Stored(this InMemoryOrganization org, Guid journeyId) => org.Peek(JourneyColumns.Table, journeyId)!;

        public static BowtieStage? StageOf(this InMemoryOrganization org, Guid journeyId) =>
            (BowtieStage?)org.Stored(journeyId).GetAttributeValue<OptionSetValue>(JourneyColumns.Stage)?.Value;

        /// <summary>The journey's history rows, oldest first.</summary>
        public static IReadOnlyList<Entity> History(this InMemoryOrganization org, Guid journeyId) =>
            org.All(StageTransitionColumns.Table)
                .Where(r => r.GetAttributeValue<EntityReference>(StageTransitionColumns.Journey)?.Id == journeyId)
                .OrderBy(r => r.Id) // the org's ids sort by creation order
                .ToList();

        public static string[] Titles(this IEnumerable<Entity> rows) => rows.Select(r => r.GetAttributeValue<string>(StageTransitionColumns.Name)!).ToArray();

        /// <summary>Runs the action, expects the platform fault a refusing plugin causes, and returns its message.</summary>
        public static string Refused(Action action)
        {
            var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(action);
            Assert.Equal(-2147220891, fault.Detail.ErrorCode); // IsvAborted: the plugin refused, it did not crash
            return fault.Detail.Message;
        }
    }
}
