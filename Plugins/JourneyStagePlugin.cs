using System;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.Rules;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Bowtie.Settings;
using DataverseFunnel.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// Holds the bowtie on every channel that saves a journey (form, process flow, import, Web API, UpdateMultiple,
    /// another plugin). PreOperation: decides the move with the stage rules, refuses it with a seller-friendly message,
    /// or stamps the dates into the same save (and keeps ARR = 12 × MRR, and LTV from MRR over time by
    /// <see cref="Bowtie.Revenue.LifetimeValue"/>, refusing a typed LTV). PreOperation rather than PreValidation
    /// because it edits the Target and should see it after PreValidation rewrites; it is inside the transaction, so a
    /// refusal there still leaves nothing behind. PostOperation (synchronous, same transaction): writes one
    /// bowtie_stagetransition row per move as SYSTEM, owned by the journey's owner, and saves the LTV stamp as SYSTEM —
    /// PostOperation because a new journey only has its id there.
    /// </summary>
    [StepRegistration("3d2ef4db-e6a1-42d0-882f-7c552394871e", "Create", JourneyColumns.Table, PipelineStage.PreOperation, ExecutionMode.Synchronous,
        Rank = 10, Name = "Bowtie stage guard: Create of bowtie_journey",
        Description = "Starts a journey at Prospect, or at a later stage with a reason (an import); stamps the dates entered.")]
    [StepRegistration("6b15e472-b8d4-4dea-b2c7-58565598b247", "Update", JourneyColumns.Table, PipelineStage.PreOperation, ExecutionMode.Synchronous,
        Rank = 10, Name = "Bowtie stage guard: Update of bowtie_journey",
        Description = "Allows only the moves the bowtie allows; stamps the dates entered; keeps ARR = 12 x MRR and LTV from MRR over time.",
        FilteringAttributes = new[]
        {
            JourneyColumns.Stage, JourneyColumns.StateCode, JourneyColumns.StatusCode, JourneyColumns.Mrr, JourneyColumns.Arr, JourneyColumns.Ltv,
            JourneyColumns.LtvAsOf,
        },
        PreImageAlias = "pre",
        PreImageAttributes = new[]
        {
            JourneyColumns.Stage, JourneyColumns.StateCode, JourneyColumns.StatusCode, JourneyColumns.StageEnteredOn, JourneyColumns.Motion,
            JourneyColumns.Campaign, JourneyColumns.Mrr, JourneyColumns.MoveReason, JourneyColumns.Ltv, JourneyColumns.LtvAsOf, JourneyColumns.Owner,
            "bowtie_prospecton", "bowtie_mqlon", "bowtie_sqlon", "bowtie_commiton", "bowtie_liveon", "bowtie_recurringon", "bowtie_ltvon",
            "bowtie_seodone", "bowtie_contentdone", "bowtie_nurturedone", "bowtie_outbounddone", "bowtie_inbounddone", "bowtie_targetdone",
            "bowtie_discoverydone", "bowtie_demodone", "bowtie_proposedone", "bowtie_tradedone", "bowtie_preboardingdone", "bowtie_onboardingdone",
            "bowtie_usagedone", "bowtie_getwelldone", "bowtie_offboarddone", "bowtie_renewdone", "bowtie_upselldone", "bowtie_crossselldone",
        })]
    [StepRegistration("10374775-7800-4cec-a9ab-3ff55344f5ec", "Create", JourneyColumns.Table, PipelineStage.PostOperation, ExecutionMode.Synchronous,
        Rank = 10, Name = "Bowtie stage history: Create of bowtie_journey",
        Description = "Records the journey's creation (and any stages an import skipped) in the stage history.")]
    [StepRegistration("081e9ac2-72b3-4679-9bdf-54a053ad6d8d", "Update", JourneyColumns.Table, PipelineStage.PostOperation, ExecutionMode.Synchronous,
        Rank = 10, Name = "Bowtie stage history: Update of bowtie_journey",
        Description = "Records each move, skip, recycle, exit and reactivation in the stage history.",
        FilteringAttributes = new[]
        {
            JourneyColumns.Stage, JourneyColumns.StateCode, JourneyColumns.StatusCode, JourneyColumns.Mrr, JourneyColumns.Arr, JourneyColumns.Ltv,
            JourneyColumns.LtvAsOf,
        })]
    [StepRegistration("15cb58bf-10c7-4152-b4ec-558a7a0043cd", "SetState", JourneyColumns.Table, PipelineStage.PreOperation, ExecutionMode.Synchronous,
        Rank = 10, Name = "Bowtie stage guard: SetState of bowtie_journey",
        Description = "Holds the exit rules for integrations that still send the legacy SetState message.",
        PreImageAlias = "pre")]
    [StepRegistration("26aa2056-d693-4210-8317-e06e2dbc2b6d", "SetStateDynamicEntity", JourneyColumns.Table, PipelineStage.PreOperation, ExecutionMode.Synchronous,
        Rank = 10, Name = "Bowtie stage guard: SetStateDynamicEntity of bowtie_journey",
        Description = "Holds the exit rules for integrations that still send the legacy SetStateDynamicEntity message.",
        PreImageAlias = "pre")]
    [StepRegistration("c58289ef-8389-4bc0-8516-a4cfd21934f4", "SetState", JourneyColumns.Table, PipelineStage.PostOperation, ExecutionMode.Synchronous,
        Rank = 10, Name = "Bowtie stage history: SetState of bowtie_journey",
        Description = "Records an exit or reactivation sent as the legacy SetState message in the stage history.")]
    [StepRegistration("7e3ec169-9b2f-407d-a9a8-a5f31db449c7", "SetStateDynamicEntity", JourneyColumns.Table, PipelineStage.PostOperation, ExecutionMode.Synchronous,
        Rank = 10, Name = "Bowtie stage history: SetStateDynamicEntity of bowtie_journey",
        Description = "Records an exit or reactivation sent as the legacy SetStateDynamicEntity message in the stage history.")]
    public sealed class JourneyStagePlugin : PluginBase
    {
        private readonly OptionsReadResult _configuration;
        private readonly EnvironmentOptions<BowtieOptions> _options;

        public JourneyStagePlugin()
            : this(null, null)
        {
        }

        public JourneyStagePlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration, secureConfiguration)
        {
            // A bad configuration must not stop the plugin loading: it refuses each save with the reason instead.
            _configuration = BowtieOptionsReader.Read(unsecureConfiguration);
            _options = new EnvironmentOptions<BowtieOptions>(EnvironmentSettings.BowtieRules,
                StepConfiguration.Root(unsecureConfiguration, _configuration.IsValid), BowtieOptionsReader.TryRead);
        }

        private protected override void ExecuteCore(LocalPluginContext local)
        {
            var context = local.Context;
            if (!_configuration.IsValid)
            {
                throw new InvalidPluginExecutionException(_configuration.Error!);
            }

            if (context.PrimaryEntityName != JourneyColumns.Table)
            {
                throw new InvalidPluginExecutionException(PluginName + " runs on " + JourneyColumns.Table + ", not " + context.PrimaryEntityName + ". Check the step registration.");
            }

            if (context.Stage == (int)PipelineStage.PostOperation)
            {
                Record(local);
            }
            else
            {
                Guard(local, _options);
            }
        }

        private static void Guard(LocalPluginContext local, EnvironmentOptions<BowtieOptions> options)
        {
            var context = local.Context;
            var isCreate = context.MessageName == "Create";
            var isSetState = LocalPluginContext.IsSetState(context.MessageName);
            var target = local.ChangedRecord();
            if (!isCreate && BowtieMarkers.IsSet(context.ParentContext, BowtieMarkers.StampingJourney, context.PrimaryEntityId))
            {
                return; // the bowtie saving the stamps of a change it already decided (SetState's), LTV included
            }

            if (!isCreate && IsDecided(context))
            {
                // The same change already passed the rules in this pipeline (SetState's own step before an Update step
                // of the same request): one decision per change; only its stamps still go into this Target.
                TakePendingStamps(context, target);
                return;
            }

            var pre = isCreate ? null : local.PreImage("pre");
            var error = JourneyRecord.Read(target, pre, out var after);
            JourneyState? before = null;
            if (error == null && pre != null)
            {
                error = JourneyRecord.Read(pre, null, out before);
            }

            if (error != null)
            {
                throw new InvalidPluginExecutionException(error.In(SellerLanguageReader.Read(local)));
            }

            var typedLtv = JourneyRecord.TypedLtv(target, after, isCreate);
            if (typedLtv != null)
            {
                throw new InvalidPluginExecutionException(typedLtv.In(SellerLanguageReader.Read(local)));
            }

            var reason = JourneyRecord.Reason(target, pre);
            var change = before == null
                ? JourneyChange.Create(after, reason, local.OperationTime, context.InitiatingUserId)
                : JourneyChange.Update(before, after, reason, local.OperationTime, context.InitiatingUserId);
            // The environment variables are read only for a change the rules must decide.
            var rules = new StageTransitionRules(options.For(local));
            var decision = rules.Decide(change);
            local.Trace("Stage rules: " + decision);
            if (decision.IsRefused)
            {
                throw new InvalidPluginExecutionException(decision.Text!.In(SellerLanguageReader.Read(local)));
            }

            JourneyRecord.KeepArrInStep(target, pre);
            // SetState has no Target to carry the stamps: they wait for PostOperation (or an Update step of the same request).
            // LTV always waits for PostOperation, saved there as SYSTEM: a seller without the "Bowtie money" column profile
            // moves a journey to Live, and the LTV that move starts must not depend on their column access.
            var pending = new Entity(JourneyColumns.Table, context.PrimaryEntityId);
            var stamped = isSetState ? pending : target;
            JourneyRecord.KeepLtv(pending, target, pre, before, after, local.OperationTime);
            if (decision.Outcome == DecisionOutcome.Allowed)
            {
                JourneyRecord.Stamp(stamped, decision.Stamps);
                var owner = JourneyRecord.Owner(target, pre, context.UserId);
                context.SharedVariables[BowtieMarkers.PendingTransitions] = TransitionRows.ToEntities(decision.Transitions, owner);
                if (!isCreate)
                {
                    BowtieMarkers.Set(context, BowtieMarkers.Decided, context.PrimaryEntityId);
                }
            }

            if (pending.Attributes.Count > 0)
            {
                context.SharedVariables[BowtieMarkers.PendingStamps] = pending;
            }
        }

        private static bool IsDecided(IPluginExecutionContext context) =>
            context.SharedVariables.Contains(BowtieMarkers.Decided) &&
            context.SharedVariables[BowtieMarkers.Decided] as string == context.PrimaryEntityId.ToString("D");

        private static void TakePendingStamps(IPluginExecutionContext context, Entity target)
        {
            if (LocalPluginContext.IsSetState(context.MessageName) || !context.SharedVariables.Contains(BowtieMarkers.PendingStamps) ||
                !(context.SharedVariables[BowtieMarkers.PendingStamps] is Entity stamps))
            {
                return;
            }

            context.SharedVariables.Remove(BowtieMarkers.PendingStamps);
            foreach (var column in stamps.Attributes)
            {
                target[column.Key] = column.Value;
            }
        }

        private static void Record(LocalPluginContext local)
        {
            var context = local.Context;
            var rows = context.SharedVariables.Contains(BowtieMarkers.PendingTransitions) ? context.SharedVariables[BowtieMarkers.PendingTransitions] as EntityCollection : null;
            var stamps = context.SharedVariables.Contains(BowtieMarkers.PendingStamps) ? context.SharedVariables[BowtieMarkers.PendingStamps] as Entity : null;
            if (rows == null && stamps == null)
            {
                return;
            }

            context.SharedVariables.Remove(BowtieMarkers.PendingTransitions);
            context.SharedVariables.Remove(BowtieMarkers.PendingStamps);
            context.SharedVariables.Remove(BowtieMarkers.Decided);
            var journeyId = context.PrimaryEntityId != Guid.Empty ? context.PrimaryEntityId
                : context.OutputParameters.Contains("id") && context.OutputParameters["id"] is Guid id ? id
                : Guid.Empty;
            if (journeyId == Guid.Empty)
            {
                throw new InvalidPluginExecutionException("The journey was saved without an id, so its stage history can't be recorded. Check the step registration (PostOperation).");
            }

            if (rows != null)
            {
                TransitionRows.Write(local, journeyId, rows);
            }

            if (stamps != null)
            {
                // What the save could not carry (SetState's stamps, LTV), saved now as SYSTEM in the same transaction. The
                // stage guard sees this update for its LTV columns and lets it through, marked as the bowtie's own.
                stamps.Id = journeyId;
                BowtieMarkers.Set(context, BowtieMarkers.StampingJourney, journeyId);
                try
                {
                    local.SystemService.Update(stamps);
                }
                finally
                {
                    context.SharedVariables.Remove(BowtieMarkers.StampingJourney);
                }
            }
        }
    }
}
