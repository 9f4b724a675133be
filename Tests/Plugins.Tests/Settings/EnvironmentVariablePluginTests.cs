using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Bowtie.Settings;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;
using DataverseFunnel.Plugins.Registration;
using DataverseFunnel.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using static DataverseFunnel.Plugins.Tests.TestSupport.BowtieOrg;

namespace DataverseFunnel.Plugins.Tests.Settings
{
    /// <summary>
    /// The steps read the solution's environment variables: definition default, overridden by the current value,
    /// overridden for one step by its unsecure configuration; an invalid value refuses the save, naming the variable.
    /// </summary>
    public class EnvironmentVariablePluginTests
    {
        private static void SkipMqlToLive(DataverseFunnel.InMemory.InMemoryOrganization org, Guid id) =>
            org.CreateService().Update(Change(id, Stage(BowtieStage.Live), Reason("Signed at the event")));

        [Fact]
        public void ShippedDefault_NoSkipping_RefusesTheSkip()
        {
            var org = Create();
            org.Define(EnvironmentSettings.AllowSkip);
            var id = org.JourneyAt(BowtieStage.Mql);

            Refused(() => SkipMqlToLive(org, id));

            Assert.Equal(BowtieStage.Mql, org.StageOf(id));
        }

        [Fact]
        public void DefinitionDefault_Yes_AllowsTheSkip()
        {
            var org = Create();
            org.Define(EnvironmentSettings.AllowSkip, "yes");
            var id = org.JourneyAt(BowtieStage.Mql);

            SkipMqlToLive(org, id);

            Assert.Equal(BowtieStage.Live, org.StageOf(id));
        }

        [Fact]
        public void CurrentValue_OverridesTheDefault()
        {
            var org = Create();
            org.SetCurrentValue(EnvironmentSettings.AllowSkip, "yes");
            var id = org.JourneyAt(BowtieStage.Mql);

            SkipMqlToLive(org, id);

            Assert.Equal(BowtieStage.Live, org.StageOf(id));
            Assert.Equal(new[] { "MQL → SQL (skip)", "SQL → Commit (skip)", "Commit → Live (skip)" }, org.History(id).TakeLast(3).Titles());
        }

        [Fact]
        public void ValueChangedBetweenSaves_TheNextSaveFollowsIt()
        {
            // The same registered steps serve every save: the options they keep for unchanged values must follow a change.
            var org = Create();
            org.Define(EnvironmentSettings.AllowSkip);
            var first = org.JourneyAt(BowtieStage.Mql);
            var second = org.JourneyAt(BowtieStage.Mql);
            Refused(() => SkipMqlToLive(org, first));

            var value = org.CreateService().Create(new Entity("environmentvariablevalue")
            {
                ["schemaname"] = EnvironmentSettings.AllowSkip.SchemaName,
                ["value"] = "yes",
                ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition",
                    org.CreateService().RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("environmentvariabledefinition")).Entities.Single().Id),
            });
            SkipMqlToLive(org, first);
            Assert.Equal(BowtieStage.Live, org.StageOf(first));

            org.CreateService().Update(new Entity("environmentvariablevalue", value) { ["value"] = "perhaps" });
            var message = Refused(() => SkipMqlToLive(org, second));
            Assert.Contains("bowtie_AllowSkip", message);

            org.CreateService().Update(new Entity("environmentvariablevalue", value) { ["value"] = "no" });
            Refused(() => SkipMqlToLive(org, second));
            Assert.Equal(BowtieStage.Mql, org.StageOf(second));
        }

        [Fact]
        public void StepConfiguration_OverridesTheCurrentValue()
        {
            var org = Create("{\"allowSkip\": false}");
            org.SetCurrentValue(EnvironmentSettings.AllowSkip, "yes");
            var id = org.JourneyAt(BowtieStage.Mql);

            Refused(() => SkipMqlToLive(org, id));

            Assert.Equal(BowtieStage.Mql, org.StageOf(id));
        }

        [Fact]
        public void StepConfiguration_OverridingAKey_IgnoresThatVariablesInvalidValue()
        {
            var org = Create("{\"allowSkip\": true}");
            org.SetCurrentValue(EnvironmentSettings.AllowSkip, "perhaps");
            var id = org.JourneyAt(BowtieStage.Mql);

            SkipMqlToLive(org, id);

            Assert.Equal(BowtieStage.Live, org.StageOf(id));
        }

        [Fact]
        public void InvalidYesNoValue_RefusesTheSaveNamingTheVariable_NothingWritten()
        {
            var org = Create();
            var id = org.JourneyAt(BowtieStage.Mql);
            org.SetCurrentValue(EnvironmentSettings.AllowSkip, "perhaps");
            var history = org.Count(StageTransitionColumns.Table);

            var message = Refused(() => org.CreateService().Update(Change(id, Done(BowtieTask.Inbound), Stage(BowtieStage.Sql))));

            Assert.Contains("bowtie_AllowSkip", message);
            Assert.Contains("must be yes or no, not 'perhaps'", message);
            Assert.Equal(BowtieStage.Mql, org.StageOf(id));
            Assert.False(org.Stored(id).GetAttributeValue<bool>(BowtieModel.Task(BowtieTask.Inbound).DoneColumn));
            Assert.Equal(history, org.Count(StageTransitionColumns.Table));
        }

        [Fact]
        public void InvalidExitCriteria_RefusedNamingTheVariableAndTheUnknownTask_NothingCreated()
        {
            var org = Create();
            org.SetCurrentValue(EnvironmentSettings.ExitCriteria, "{\"Selling\": {\"allOf\": [\"Haggle\"]}}");

            var message = Refused(() => org.CreateService().Create(Journey()));

            Assert.Contains("bowtie_ExitCriteria", message);
            Assert.Contains("Haggle", message);
            Assert.Equal(0, org.Count(JourneyColumns.Table));
            Assert.Equal(0, org.Count(StageTransitionColumns.Table));
        }

        [Fact]
        public void ExitCriteriaValue_ChangesWhatLeavingAProcessNeeds()
        {
            var org = Create();
            org.SetCurrentValue(EnvironmentSettings.ExitCriteria, "{\"Prospecting\": {}}");
            var id = org.JourneyAt(BowtieStage.Mql);

            org.CreateService().Update(Change(id, Stage(BowtieStage.Sql))); // no Outbound, Inbound or Target done

            Assert.Equal(BowtieStage.Sql, org.StageOf(id));
        }

        [Fact]
        public void HistoryCorrectorsValue_LetsTheListedAdministratorCorrect()
        {
            var admin = new Guid("aaaaaaaa-0000-0000-0000-000000000002");
            var org = Create();
            org.Seed(new Entity("systemuser", admin) { ["fullname"] = "Ada Admin" });
            org.SetCurrentValue(EnvironmentSettings.HistoryCorrectors, "[\"" + admin + "\"]");
            var id = org.JourneyAt(BowtieStage.Mql);
            var row = org.History(id).Last();

            org.CreateService(admin).Update(new Entity(StageTransitionColumns.Table, row.Id)
            {
                [StageTransitionColumns.Campaign] = "Autumn webinar",
                [StageTransitionColumns.CorrectionReason] = "The lead came from the autumn webinar",
            });

            Assert.Equal("Autumn webinar", org.Peek(StageTransitionColumns.Table, row.Id)!.GetAttributeValue<string>(StageTransitionColumns.Campaign));
        }

        [Fact]
        public void InvalidHistoryCorrectors_RefusesAPersonsHistoryWriteNamingTheVariable()
        {
            var org = Create();
            var id = org.JourneyAt(BowtieStage.Mql);
            org.SetCurrentValue(EnvironmentSettings.HistoryCorrectors, "[\"not-a-guid\"]");
            var row = org.History(id).Last();

            var message = Refused(() => org.CreateService().Update(new Entity(StageTransitionColumns.Table, row.Id) { [StageTransitionColumns.Campaign] = "x" }));

            Assert.Contains("bowtie_HistoryCorrectors", message);
            Assert.Equal("Spring webinar", org.Peek(StageTransitionColumns.Table, row.Id)!.GetAttributeValue<string>(StageTransitionColumns.Campaign));
        }

        [Fact]
        public void VocabularyEnforcementWarn_LetsADefaultTermThrough()
        {
            var org = Vocabulary.VocabularyOrg.Create();
            org.SetCurrentValue(EnvironmentSettings.VocabularyEnforcement, "warn");

            var id = org.CreateService().Create(Vocabulary.VocabularyOrg.Journey(("bowtie_name", "Contoso"), ("bowtie_description", "They negotiated hard.")));

            Assert.Equal("They negotiated hard.", org.Peek(VocabularyColumns.JourneyTable, id)!.GetAttributeValue<string>("bowtie_description"));
        }

        [Fact]
        public void VocabularyEnforcementStepConfiguration_OverridesTheVariable()
        {
            var org = Vocabulary.VocabularyOrg.Create("{\"enforcement\": \"block\"}");
            org.SetCurrentValue(EnvironmentSettings.VocabularyEnforcement, "warn");

            var message = Refused(() => org.CreateService().Create(Vocabulary.VocabularyOrg.Journey(("bowtie_name", "Contoso"), ("bowtie_description", "They negotiated hard."))));

            Assert.Contains("'trade'", message);
        }

        [Fact]
        public void InvalidVocabularyEnforcement_RefusedNamingTheVariable_NothingCreated()
        {
            var org = Vocabulary.VocabularyOrg.Create();
            org.SetCurrentValue(EnvironmentSettings.VocabularyEnforcement, "loudly");

            var message = Refused(() => org.CreateService().Create(Vocabulary.VocabularyOrg.Journey(("bowtie_name", "Contoso"))));

            Assert.Contains("bowtie_VocabularyEnforcement", message);
            Assert.Contains("\"loudly\"", message);
            Assert.Equal(0, org.Count(VocabularyColumns.JourneyTable));
        }

        [Fact]
        public void Variables_AreReadAtMostOncePerRequest_AcrossStepsStagesAndHistoryRows()
        {
            var org = Create(null, typeof(VocabularyGuardPlugin));
            org.SetCurrentValue(EnvironmentSettings.AllowSkip, "yes");
            var reads = org.RegisterStep<TermReadCounterPlugin>("RetrieveMultiple", "environmentvariabledefinition", PipelineStage.PostOperation);

            // One request: vocabulary (PreValidation), stage guard (PreOperation), history rows (child creates).
            var id = org.CreateService().Create(Journey(BowtieStage.Sql, "Imported from the fair"));

            Assert.True(org.History(id).Count >= 2);
            Assert.Single(org.StepAudit, e => e.StepId == reads.Id);
        }
    }
}
