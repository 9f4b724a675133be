using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Configuration;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Bowtie.Settings;
using DataverseFunnel.Plugins.Bowtie.Vocabulary;
using DataverseFunnel.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// Keeps the customer-centric vocabulary in the journey's and the stage history's text: Commit, not win or
    /// close; Trade, not negotiate; Grow, not expand; Off-board, not churn — plus the admin's own terms
    /// (bowtie_vocabularyterm rows, read once per execution that has text to judge). Per term it refuses the save with the reason, rewrites the
    /// Target keeping case, or only traces a warning. PreValidation: it changes the Target before the bowtie's
    /// PreOperation steps read it (a rewritten move reason is what the history records), and a refusal costs no
    /// transaction. Unsecure configuration: see <see cref="VocabularyGuardOptionsReader"/>.
    /// </summary>
    [StepRegistration("cca0df33-3c13-44e0-9163-d95af7b3852c", "Create", VocabularyColumns.JourneyTable, PipelineStage.PreValidation, ExecutionMode.Synchronous,
        Rank = 1, Name = "Bowtie vocabulary: Create of bowtie_journey",
        Description = "Blocks or rewrites words the bowtie avoids (win, close, negotiate, expand, churn, admin terms) in the journey's text.")]
    [StepRegistration("6fc13557-f06b-432a-b2d4-63c5bcf30726", "Update", VocabularyColumns.JourneyTable, PipelineStage.PreValidation, ExecutionMode.Synchronous,
        Rank = 1, Name = "Bowtie vocabulary: Update of bowtie_journey",
        Description = "Blocks or rewrites words the bowtie avoids in the journey's name, description, move reason and campaign.",
        FilteringAttributes = new[] { JourneyColumns.Name, JourneyColumns.Description, JourneyColumns.MoveReason, JourneyColumns.Campaign })]
    [StepRegistration("9c6300a6-0435-4550-8ef1-abcf1a88b30d", "Create", VocabularyColumns.TransitionTable, PipelineStage.PreValidation, ExecutionMode.Synchronous,
        Rank = 1, Name = "Bowtie vocabulary: Create of bowtie_stagetransition",
        Description = "Blocks or rewrites words the bowtie avoids in a stage history row's reason and name.")]
    [StepRegistration("f0d40a62-a3cb-4ff8-8a08-0dcf4e50a326", "Update", VocabularyColumns.TransitionTable, PipelineStage.PreValidation, ExecutionMode.Synchronous,
        Rank = 1, Name = "Bowtie vocabulary: Update of bowtie_stagetransition",
        Description = "Blocks or rewrites words the bowtie avoids in a corrected stage history row.",
        FilteringAttributes = new[] { StageTransitionColumns.Reason, StageTransitionColumns.Name })]
    public sealed class VocabularyGuardPlugin : PluginBase
    {
        private readonly VocabularyGuardOptions? _options;
        private readonly string? _configurationError;
        private readonly EnvironmentOptions<VocabularyGuardOptions> _effective;
        // Immutable, built once per enforcement the bowtie_VocabularyEnforcement variable can choose: per execution
        // only the admin's rows are indexed.
        private readonly Dictionary<VocabularyAction, VocabularyScanner> _byEnforcement = new Dictionary<VocabularyAction, VocabularyScanner>();
        private readonly VocabularyScanner? _termsOwn;

        public VocabularyGuardPlugin()
            : this(null, null)
        {
        }

        public VocabularyGuardPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration, secureConfiguration)
        {
            // A bad configuration must not stop the plugin loading: each save is refused with the reason instead.
            _configurationError = VocabularyGuardOptionsReader.TryRead(unsecureConfiguration, out _options);
            _effective = new EnvironmentOptions<VocabularyGuardOptions>(EnvironmentSettings.Vocabulary,
                StepConfiguration.Root(unsecureConfiguration, _options != null), VocabularyGuardOptionsReader.TryRead);
            if (_options != null)
            {
                _termsOwn = VocabularyScanner.Create(null, null, _options.UseDefaultTerms);
                foreach (var action in new[] { VocabularyAction.Block, VocabularyAction.Rewrite, VocabularyAction.Warn })
                {
                    _byEnforcement[action] = VocabularyScanner.Create(null, action, _options.UseDefaultTerms);
                }
            }
        }

        private protected override void ExecuteCore(LocalPluginContext local)
        {
            if (_options == null || _termsOwn == null)
            {
                throw new InvalidPluginExecutionException(_configurationError ?? "The vocabulary step configuration is not valid.");
            }

            var target = local.Target();
            if (IsBowtieHistory(local.Context, target))
            {
                local.Trace("History row written by the bowtie: its text was judged with the journey's save.");
                return;
            }

            var texts = GuardedTexts(target, _options);
            if (texts.Count == 0)
            {
                return;
            }

            // Settings are read only when there is text to judge; the step's own enforcement overrides the variable's.
            var effective = _effective.For(local);
            var defaults = effective.Enforcement is VocabularyAction enforcement ? _byEnforcement[enforcement] : _termsOwn;
            var scanner = defaults.WithAdminTerms(AdminTerms(local));
            foreach (var column in texts)
            {
                var verdict = VocabularyVerdict.Judge(scanner, (string)target[column], target.LogicalName, column, Contains(_options.WarnColumns, column));
                foreach (var warning in verdict.Warnings)
                {
                    local.Trace("Vocabulary warning in " + column + " at " + warning.Start + ": '" + warning.Text + "' → '" + warning.Preferred + "'");
                }

                if (verdict.Refusal != null)
                {
                    throw new InvalidPluginExecutionException(verdict.Refusal.In(SellerLanguageReader.Read(local)));
                }

                if (verdict.Rewritten != null)
                {
                    local.Trace("Vocabulary rewrite in " + column);
                    target[column] = verdict.Rewritten;
                }
            }
        }

        /// <summary>
        /// A history row the bowtie writes while recording a move: its reason is the journey's, already judged (and
        /// rewritten) by this guard in the journey's own PreValidation, and its title is the bowtie's own words. Skipping
        /// it keeps the term table to at most one read per request instead of one per history row.
        /// </summary>
        private static bool IsBowtieHistory(IPluginExecutionContext context, Entity target) =>
            context.MessageName == "Create" && target.LogicalName == StageTransitionColumns.Table &&
            target.GetAttributeValue<EntityReference>(StageTransitionColumns.Journey) is EntityReference journey &&
            BowtieMarkers.IsWritingHistory(context, journey.Id);

        /// <summary>The guarded columns present in the Target with some text.</summary>
        private static List<string> GuardedTexts(Entity target, VocabularyGuardOptions options)
        {
            var columns = new List<string>();
            foreach (var column in VocabularyColumns.TextColumns(target.LogicalName))
            {
                if ((options.Columns == null || Contains(options.Columns, column))
                    && target.Attributes.TryGetValue(column, out var value) && value is string text && text.Length > 0)
                {
                    columns.Add(column);
                }
            }

            return columns;
        }

        /// <summary>Active admin terms, read as SYSTEM so every seller gets the same lexicon. A broken row is skipped and traced.</summary>
        private static List<VocabularyTerm> AdminTerms(LocalPluginContext local)
        {
            var query = new QueryExpression(VocabularyColumns.TermTable)
            {
                ColumnSet = new ColumnSet(VocabularyColumns.TermName, VocabularyColumns.TermPreferred, VocabularyColumns.TermWhy,
                    VocabularyColumns.TermAction, VocabularyColumns.TermVariants),
            };
            query.Criteria.AddCondition(VocabularyColumns.TermState, ConditionOperator.Equal, 0);
            var terms = new List<VocabularyTerm>();
            foreach (var row in local.SystemService.RetrieveMultiple(query).Entities)
            {
                var action = row.GetAttributeValue<OptionSetValue>(VocabularyColumns.TermAction);
                try
                {
                    terms.Add(new VocabularyTerm(
                        row.GetAttributeValue<string>(VocabularyColumns.TermName) ?? string.Empty,
                        row.GetAttributeValue<string>(VocabularyColumns.TermPreferred) ?? string.Empty,
                        row.GetAttributeValue<string>(VocabularyColumns.TermWhy) ?? string.Empty,
                        action == null ? VocabularyAction.Block : (VocabularyAction)action.Value,
                        VocabularyTerm.SplitVariants(row.GetAttributeValue<string>(VocabularyColumns.TermVariants))));
                }
                catch (ArgumentException e)
                {
                    local.Trace("Skipped vocabulary term " + row.Id + ": " + e.Message);
                }
            }

            return terms;
        }

        private static bool Contains(IReadOnlyList<string> list, string value)
        {
            foreach (var item in list)
            {
                if (string.Equals(item, value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
