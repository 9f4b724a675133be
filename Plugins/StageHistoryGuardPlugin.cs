using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.History;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Bowtie.Settings;
using DataverseFunnel.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// Keeps the stage history append-only. Rows are created only by the bowtie (marked in SharedVariables); Update and
    /// Delete are refused for everyone except a system administrator listed in <c>historyCorrectors</c> who gives a
    /// correction reason (bowtie_correctionreason) — and the correction is recorded as a Correction row. PreOperation,
    /// inside the transaction, so the Correction row commits or rolls back together with the change it records.
    /// </summary>
    [StepRegistration("80af0261-65db-4bfc-8460-7ab7f1eb8342", "Create", StageTransitionColumns.Table, PipelineStage.PreOperation, ExecutionMode.Synchronous,
        Rank = 1, Name = "Bowtie history guard: Create of bowtie_stagetransition",
        Description = "Only the bowtie writes stage history; an administrator's added row is recorded as a correction.")]
    [StepRegistration("b320bb17-6c66-43ac-a412-bcf4e3f563bf", "Update", StageTransitionColumns.Table, PipelineStage.PreOperation, ExecutionMode.Synchronous,
        Rank = 1, Name = "Bowtie history guard: Update of bowtie_stagetransition",
        Description = "Stage history is append-only; a system administrator's explicit correction is allowed and recorded.",
        PreImageAlias = "pre", PreImageAttributes = new[] { StageTransitionColumns.Name, StageTransitionColumns.Journey })]
    [StepRegistration("f4fd44c1-f15e-4a08-8309-751ced5c1ef0", "Delete", StageTransitionColumns.Table, PipelineStage.PreOperation, ExecutionMode.Synchronous,
        Rank = 1, Name = "Bowtie history guard: Delete of bowtie_stagetransition",
        Description = "Stage history is append-only; a system administrator may delete a row already marked with a correction reason.",
        PreImageAlias = "pre", PreImageAttributes = new[] { StageTransitionColumns.Name, StageTransitionColumns.Journey, StageTransitionColumns.CorrectionReason })]
    public sealed class StageHistoryGuardPlugin : PluginBase
    {
        private readonly OptionsReadResult _configuration;
        private readonly EnvironmentOptions<BowtieOptions> _options;

        public StageHistoryGuardPlugin()
            : this(null, null)
        {
        }

        public StageHistoryGuardPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration, secureConfiguration)
        {
            _configuration = BowtieOptionsReader.Read(unsecureConfiguration);
            _options = new EnvironmentOptions<BowtieOptions>(EnvironmentSettings.BowtieRules,
                StepConfiguration.Root(unsecureConfiguration, _configuration.IsValid), BowtieOptionsReader.TryRead);
        }

        private protected override void ExecuteCore(LocalPluginContext local)
        {
            if (!_configuration.IsValid)
            {
                throw new InvalidPluginExecutionException(_configuration.Error!);
            }

            var context = local.Context;
            HistoryOperation operation;
            Entity row;
            string? reason;
            string[] changed = new string[0];
            switch (context.MessageName)
            {
                case "Create":
                    operation = HistoryOperation.Create;
                    row = local.Target();
                    reason = row.GetAttributeValue<string>(StageTransitionColumns.CorrectionReason);
                    break;
                case "Update":
                    operation = HistoryOperation.Update;
                    var target = local.Target();
                    row = local.PreImage("pre");
                    reason = target.GetAttributeValue<string>(StageTransitionColumns.CorrectionReason);
                    changed = target.Attributes.Select(a => a.Key).Where(k => k != StageTransitionColumns.Id).OrderBy(k => k, StringComparer.Ordinal).ToArray();
                    break;
                case "Delete":
                    operation = HistoryOperation.Delete;
                    row = local.PreImage("pre");
                    reason = row.GetAttributeValue<string>(StageTransitionColumns.CorrectionReason);
                    break;
                default:
                    throw new InvalidPluginExecutionException(PluginName + " guards Create, Update and Delete, not " + context.MessageName + ". Check the step registration.");
            }

            var journey = row.GetAttributeValue<EntityReference>(StageTransitionColumns.Journey);
            var byBowtie = operation == HistoryOperation.Create && BowtieMarkers.IsWritingHistory(context, journey?.Id ?? Guid.Empty);
            var journeyDeleted = operation == HistoryOperation.Delete && journey != null &&
                BowtieMarkers.IsDeletingJourney(context, JourneyColumns.Table, journey.Id);
            // The bowtie's own history rows need no settings: the environment variables are read for people's writes only.
            var options = byBowtie ? BowtieOptions.Default : _options.For(local);
            var decision = new HistoryGuard(options).Decide(new HistoryWrite(operation, byBowtie, context.InitiatingUserId, reason,
                row.GetAttributeValue<string>(StageTransitionColumns.Name), changed, journeyDeleted));
            if (!decision.IsAllowed)
            {
                throw new InvalidPluginExecutionException(decision.Message!);
            }

            if (decision.IsCorrection)
            {
                RecordCorrection(local, row.GetAttributeValue<EntityReference>(StageTransitionColumns.Journey), decision);
            }
        }

        private static void RecordCorrection(LocalPluginContext local, EntityReference? journey, HistoryDecision decision)
        {
            var correction = new Entity(StageTransitionColumns.Table)
            {
                [StageTransitionColumns.Name] = decision.CorrectionTitle!,
                [StageTransitionColumns.Kind] = new OptionSetValue((int)TransitionKind.Correction),
                [StageTransitionColumns.MovedOn] = local.OperationTime,
                [StageTransitionColumns.MovedBy] = new EntityReference("systemuser", local.Context.InitiatingUserId),
                [StageTransitionColumns.Reason] = decision.CorrectionReason!,
                [StageTransitionColumns.DaysInStage] = 0m,
            };
            if (journey != null)
            {
                correction[StageTransitionColumns.Journey] = journey;
            }

            BowtieMarkers.WhileWritingHistory(local.Context, journey?.Id ?? Guid.Empty, () => local.SystemService.Create(correction));
            local.Trace("Recorded correction: " + decision.CorrectionTitle);
        }
    }
}
