using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Poster;
using DataverseFunnel.Plugins.Bowtie.Schema;
using DataverseFunnel.Plugins.Bowtie.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// The main operation of the Custom API <c>bowtie_GetBowtieMetrics</c>: the metrics document (<c>funnel metrics
    /// --json</c>'s) and the poster SVG of a cohort window, optionally one motion and/or campaign. Reads one row per
    /// journey created in the window (its first-entered stamps) plus the moves that change recurring MRR, with the
    /// calling user's service so their read access applies; computes with the shared metric definitions
    /// (<see cref="JourneyRowMetrics"/>). Custom API plugins: https://learn.microsoft.com/power-apps/developer/data-platform/custom-api.
    /// </summary>
    public sealed class GetBowtieMetricsPlugin : PluginBase
    {
        public const string MessageName = "bowtie_GetBowtieMetrics";
        public const string WindowFrom = "WindowFrom";
        public const string WindowTo = "WindowTo";
        public const string Motion = "Motion";
        public const string Campaign = "Campaign";
        public const string MetricsJson = "MetricsJson";
        public const string PosterSvg = "PosterSvg";

        private static readonly int[] RecurringStages = BowtieModel.Stages
            .Where(s => s.Position >= BowtieModel.Position(Bowtie.Revenue.LifetimeValue.FirstRecurringStage))
            .Select(s => (int)s.Stage).ToArray();

        private static readonly int[] UpToLive = BowtieModel.Stages
            .Where(s => s.Position <= BowtieModel.Position(Bowtie.Revenue.LifetimeValue.FirstRecurringStage))
            .Select(s => (int)s.Stage).ToArray();

        public GetBowtieMetricsPlugin()
            : base(null, null)
        {
        }

        public GetBowtieMetricsPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration, secureConfiguration)
        {
        }

        private protected override void ExecuteCore(LocalPluginContext local)
        {
            var input = local.Context.InputParameters;
            var from = Day(input, WindowFrom);
            var to = Day(input, WindowTo);
            if (to < from)
            {
                throw new InvalidPluginExecutionException(
                    "WindowTo (" + MetricsDocument.Day(to) + ") is before WindowFrom (" + MetricsDocument.Day(from) + "): the window must end on or after the day it starts.");
            }

            var filter = new JourneyFilter(Text(input, Motion), Text(input, Campaign));
            var motion = MotionValue(filter);
            var metrics = new JourneyRowMetrics(from, to, filter, Targets(local));
            var service = local.UserService;
            foreach (var row in PagedQuery.All(service, CohortQuery(metrics, filter, motion)))
            {
                var stamps = BowtieModel.Stages.Select(s => row.GetAttributeValue<DateTime?>(s.FirstEnteredColumn)).ToArray();
                metrics.AddJourney(stamps, MotionLabel(row.GetAttributeValue<OptionSetValue>(JourneyColumns.Motion)), row.GetAttributeValue<string>(JourneyColumns.Campaign));
            }

            foreach (var row in PagedQuery.All(service, RevenueMovesQuery(metrics)))
            {
                var entered = row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.ToStage)?.Value;
                var exit = row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Exit)?.Value;
                metrics.AddMove(
                    row.GetAttributeValue<EntityReference>(StageTransitionColumns.Journey)?.Id.ToString("D") ?? row.Id.ToString("D"),
                    row.GetAttributeValue<DateTime>(StageTransitionColumns.MovedOn),
                    entered is { } stage && BowtieModel.IsStage(stage) ? BowtieModel.Position((BowtieStage)stage) : (int?)null,
                    exit is { } e && BowtieModel.IsExit(e) ? (BowtieExit)e : (BowtieExit?)null,
                    row.GetAttributeValue<Money>(StageTransitionColumns.Mrr)?.Value ?? 0m,
                    MotionLabel(row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Motion)),
                    row.GetAttributeValue<string>(StageTransitionColumns.Campaign));
            }

            var result = metrics.Build();
            local.Context.OutputParameters[MetricsJson] = MetricsDocument.ToJson(result);
            local.Context.OutputParameters[PosterSvg] = SvgPosterWriter.ToSvg(result);
            local.Trace("Metrics of " + result.Window.Journeys + " journeys computed");
        }

        /// <summary>The journeys created in the window (Prospect first entered in it), one row each, only the columns the figures need.</summary>
        private static QueryExpression CohortQuery(JourneyRowMetrics metrics, JourneyFilter filter, int? motion)
        {
            var query = new QueryExpression(JourneyColumns.Table)
            {
                ColumnSet = new ColumnSet(BowtieModel.Stages.Select(s => s.FirstEnteredColumn).Concat(new[] { JourneyColumns.Motion, JourneyColumns.Campaign }).ToArray()),
            };
            var prospectOn = BowtieModel.Stages[0].FirstEnteredColumn;
            query.Criteria.AddCondition(prospectOn, ConditionOperator.GreaterEqual, metrics.From);
            query.Criteria.AddCondition(prospectOn, ConditionOperator.LessThan, metrics.AsOf);
            if (filter.Motion is not null)
            {
                AddEqualOrNull(query.Criteria, JourneyColumns.Motion, motion);
            }

            if (filter.Campaign is not null)
            {
                AddEqualOrNull(query.Criteria, JourneyColumns.Campaign, filter.Campaign == BowtieVocabulary.NoGroup ? null : filter.Campaign);
            }

            // Paging cookies need a unique order; the primary key is one.
            query.AddOrder(JourneyColumns.Id, OrderType.Ascending);
            return query;
        }

        /// <summary>
        /// Moves up to the as-of instant that can change recurring MRR: into Live or later (but a skip's later rows), an exit
        /// from Live or later, an off-board. Corrections of the history are not moves. In time order; moves of one instant in the order saved.
        /// </summary>
        private static QueryExpression RevenueMovesQuery(JourneyRowMetrics metrics)
        {
            var query = new QueryExpression(StageTransitionColumns.Table)
            {
                ColumnSet = new ColumnSet(StageTransitionColumns.Journey, StageTransitionColumns.ToStage, StageTransitionColumns.Exit,
                    StageTransitionColumns.MovedOn, StageTransitionColumns.Mrr, StageTransitionColumns.Motion, StageTransitionColumns.Campaign),
            };
            query.Criteria.AddCondition(StageTransitionColumns.MovedOn, ConditionOperator.LessThan, metrics.AsOf);
            var move = query.Criteria.AddFilter(LogicalOperator.Or);
            move.AddCondition(StageTransitionColumns.Kind, ConditionOperator.Null);
            move.AddCondition(StageTransitionColumns.Kind, ConditionOperator.NotEqual, (int)TransitionKind.Correction);
            var recurring = query.Criteria.AddFilter(LogicalOperator.Or);
            var into = recurring.AddFilter(LogicalOperator.And);
            into.AddCondition(StageTransitionColumns.ToStage, ConditionOperator.In, RecurringStages.Cast<object>().ToArray());

            // A skip's rows share one instant and one MRR: a row skipping on from past Live never changes recurring MRR
            // (the row into Live, or the skip's first row from Live, already did), so it is not read.
            var notLater = into.AddFilter(LogicalOperator.Or);
            notLater.AddCondition(StageTransitionColumns.Kind, ConditionOperator.NotEqual, (int)TransitionKind.Skip);
            notLater.AddCondition(StageTransitionColumns.Kind, ConditionOperator.Null);
            notLater.AddCondition(StageTransitionColumns.FromStage, ConditionOperator.Null);
            notLater.AddCondition(StageTransitionColumns.FromStage, ConditionOperator.In, UpToLive.Cast<object>().ToArray());
            var exit = recurring.AddFilter(LogicalOperator.And);
            exit.AddCondition(StageTransitionColumns.ToStage, ConditionOperator.Null);
            var which = exit.AddFilter(LogicalOperator.Or);
            which.AddCondition(StageTransitionColumns.Exit, ConditionOperator.Equal, (int)BowtieExit.OffBoarded);
            which.AddCondition(StageTransitionColumns.FromStage, ConditionOperator.In, RecurringStages.Cast<object>().ToArray());
            query.AddOrder(StageTransitionColumns.MovedOn, OrderType.Ascending);
            query.AddOrder(StageTransitionColumns.Id, OrderType.Ascending);
            return query;
        }

        private static void AddEqualOrNull(FilterExpression criteria, string column, object? value)
        {
            if (value is null)
            {
                criteria.AddCondition(column, ConditionOperator.Null);
            }
            else
            {
                criteria.AddCondition(column, ConditionOperator.Equal, value);
            }
        }

        /// <summary>The conversion targets the weakest link is measured against: bowtie_ConversionTargets, else the defaults.</summary>
        private static ConversionTargets Targets(LocalPluginContext local)
        {
            var name = EnvironmentSettings.ConversionTargets.SchemaName;
            if (!EnvironmentValues.Read(local).TryGetValue(name, out var json) || string.IsNullOrWhiteSpace(json))
            {
                return ConversionTargets.Default;
            }

            try
            {
                return ConversionTargets.Parse(json!);
            }
            catch (FormatException e)
            {
                throw new InvalidPluginExecutionException("The environment variable " + name + " is not valid: " + e.Message);
            }
        }

        /// <summary>The bowtie_motion option value of the filter's motion, null for none or no filter; an unknown motion is refused.</summary>
        private static int? MotionValue(JourneyFilter filter)
        {
            if (filter.Motion is null || string.Equals(filter.Motion, BowtieVocabulary.NoGroup, StringComparison.Ordinal))
            {
                return null;
            }

            foreach (var pair in BowtieModel.Motions)
            {
                if (string.Equals(pair.Value, filter.Motion, StringComparison.OrdinalIgnoreCase))
                {
                    return (int)pair.Key;
                }
            }

            throw new InvalidPluginExecutionException(
                "Motion '" + filter.Motion + "' is not a prospecting motion: use " + string.Join(", ", BowtieModel.Motions.Values) + " or " + BowtieVocabulary.NoGroup + ".");
        }

        private static string? MotionLabel(OptionSetValue? motion) =>
            motion is not null && BowtieModel.Motions.TryGetValue((ProspectingMotion)motion.Value, out var label) ? label : null;

        private static DateTime Day(ParameterCollection input, string name)
        {
            if (!input.Contains(name) || !(input[name] is DateTime value))
            {
                throw new InvalidPluginExecutionException(name + " is required: the " + (name == WindowFrom ? "first" : "last") + " day of the cohort window (UTC).");
            }

            var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
            return DateTime.SpecifyKind(utc.Date, DateTimeKind.Utc);
        }

        private static string? Text(ParameterCollection input, string name) => input.Contains(name) ? input[name] as string : null;
    }
}
