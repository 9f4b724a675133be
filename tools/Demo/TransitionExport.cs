using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.InMemory;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Schema;
using Microsoft.Xrm.Sdk;
using MetricsStage = DataverseFunnel.Metrics.BowtieStage;
using ModelStage = DataverseFunnel.Plugins.Bowtie.Model.BowtieStage;

namespace DataverseFunnel.Demo
{
    /// <summary>
    /// Turns the org's stage history (bowtie_stagetransition rows) into the moves the metrics engine and the
    /// transitions export read. Corrections and reactivations are not moves through the bowtie and are left out.
    /// </summary>
    internal static class TransitionExport
    {
        public static IReadOnlyList<StageMove> FromOrganization(InMemoryOrganization org)
        {
            var rows = org.All(StageTransitionColumns.Table);
            var moves = new List<(DateTime At, Guid RowId, StageMove Move)>(rows.Count);
            foreach (var row in rows)
            {
                if (ToMove(row) is { } move)
                {
                    moves.Add((move.MovedOnUtc, row.Id, move));
                }
            }

            // Time order; the org's sequential ids keep moves made in the same instant in the order they were saved.
            return moves.OrderBy(m => m.At).ThenBy(m => m.RowId).Select(m => m.Move).ToList();
        }

        private static StageMove? ToMove(Entity row)
        {
            var kind = (TransitionKind?)row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Kind)?.Value;
            if (kind is null or TransitionKind.Correction or TransitionKind.Reactivation)
            {
                return null;
            }

            var journey = row.GetAttributeValue<EntityReference>(StageTransitionColumns.Journey)!.Id.ToString("D");
            var from = Stage(row, StageTransitionColumns.FromStage);
            var movedOn = DateTime.SpecifyKind(row.GetAttributeValue<DateTime>(StageTransitionColumns.MovedOn), DateTimeKind.Utc);
            var motion = row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Motion) is { } m
                ? BowtieModel.Motions[(ProspectingMotion)m.Value]
                : null;
            var campaign = row.GetAttributeValue<string>(StageTransitionColumns.Campaign);
            var mrr = row.GetAttributeValue<Money>(StageTransitionColumns.Mrr)?.Value ?? 0m;
            if (kind == TransitionKind.Exit)
            {
                var exit = (BowtieExit)row.GetAttributeValue<OptionSetValue>(StageTransitionColumns.Exit)!.Value;
                return StageMove.Leave(journey, from!.Value, exit == BowtieExit.OffBoarded ? JourneyExit.OffBoarded : JourneyExit.NotAFit,
                    movedOn, motion, campaign, mrr);
            }

            return StageMove.Into(journey, kind == TransitionKind.Created ? null : from, Stage(row, StageTransitionColumns.ToStage)!.Value,
                movedOn, motion, campaign, mrr);
        }

        /// <summary>The model's choice value as the metrics' stage (both in framework order).</summary>
        private static MetricsStage? Stage(Entity row, string column) =>
            row.GetAttributeValue<OptionSetValue>(column) is { } value ? (MetricsStage)BowtieModel.Position((ModelStage)value.Value) : null;
    }
}
