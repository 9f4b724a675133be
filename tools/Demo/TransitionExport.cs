using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.InMemory;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Demo
{
    /// <summary>
    /// Turns the org's stage history (bowtie_stagetransition rows) into the moves the metrics engine and the
    /// transitions export read; corrections of the history are not moves and are left out.
    /// </summary>
    internal static class TransitionExport
    {
        public static IReadOnlyList<StageMove> FromOrganization(InMemoryOrganization org)
        {
            var moves = new List<(DateTime At, Guid RowId, StageMove Move)>();
            foreach (var row in org.All(StageTransitionColumns.Table))
            {
                if (!TransitionRow.IsMove(Option(row, StageTransitionColumns.Kind)))
                {
                    continue;
                }

                var move = TransitionRow.ToMove(
                    row.GetAttributeValue<EntityReference>(StageTransitionColumns.Journey)!.Id,
                    Option(row, StageTransitionColumns.FromStage),
                    Option(row, StageTransitionColumns.ToStage),
                    Option(row, StageTransitionColumns.Exit),
                    row.GetAttributeValue<DateTime>(StageTransitionColumns.MovedOn),
                    Option(row, StageTransitionColumns.Motion),
                    row.GetAttributeValue<string>(StageTransitionColumns.Campaign),
                    row.GetAttributeValue<Money>(StageTransitionColumns.Mrr)?.Value);
                moves.Add((move.MovedOnUtc, row.Id, move));
            }

            // Time order; moves saved in one instant in the order the bowtie records them (a served org's ids are random).
            return SameInstantOrder.Apply(moves.OrderBy(m => m.At).ThenBy(m => m.RowId).Select(m => m.Move));
        }

        private static int? Option(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;
    }
}
