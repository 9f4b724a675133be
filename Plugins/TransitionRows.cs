using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Rules;
using DataverseFunnel.Plugins.Bowtie.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// Turns the rules' transition records into bowtie_stagetransition rows owned like their journey and writes them as
    /// SYSTEM (users need no create privilege on history).
    /// </summary>
    internal static class TransitionRows
    {
        /// <summary>The rows for the records, each owned by <paramref name="owner"/> (the journey's owner), so business-unit read of history follows read of journeys.</summary>
        public static EntityCollection ToEntities(IReadOnlyList<TransitionRecord> records, EntityReference owner)
        {
            var rows = new EntityCollection { EntityName = StageTransitionColumns.Table };
            foreach (var record in records)
            {
                var row = new Entity(StageTransitionColumns.Table)
                {
                    [StageTransitionColumns.Name] = Truncate(record.Title, StageTransitionColumns.NameMaxLength),
                    [StageTransitionColumns.Kind] = new OptionSetValue((int)record.Kind),
                    [StageTransitionColumns.MovedOn] = record.MovedOn,
                    [StageTransitionColumns.MovedBy] = new EntityReference("systemuser", record.MovedBy),
                    [StageTransitionColumns.DaysInStage] = record.DaysInStage,
                    [StageTransitionColumns.Owner] = new EntityReference(owner.LogicalName, owner.Id),
                };
                SetChoice(row, StageTransitionColumns.FromStage, (int?)record.From);
                SetChoice(row, StageTransitionColumns.ToStage, (int?)record.To);
                SetChoice(row, StageTransitionColumns.Exit, (int?)record.Exit);
                SetChoice(row, StageTransitionColumns.Motion, (int?)record.Motion);
                if (record.Reason != null)
                {
                    row[StageTransitionColumns.Reason] = record.Reason;
                }

                if (record.Campaign != null)
                {
                    row[StageTransitionColumns.Campaign] = record.Campaign;
                }

                if (record.Mrr.HasValue)
                {
                    row[StageTransitionColumns.Mrr] = new Money(record.Mrr.Value);
                }

                rows.Entities.Add(row);
            }

            return rows;
        }

        /// <summary>Creates the rows for the journey with the SYSTEM service, marked so the history guard knows they come from the bowtie.</summary>
        public static void Write(LocalPluginContext local, Guid journeyId, EntityCollection rows)
        {
            BowtieMarkers.WhileWritingHistory(local.Context, journeyId, () =>
            {
                foreach (var row in rows.Entities)
                {
                    var copy = new Entity(row.LogicalName);
                    foreach (var attribute in row.Attributes)
                    {
                        copy[attribute.Key] = attribute.Value;
                    }

                    copy[StageTransitionColumns.Journey] = new EntityReference(JourneyColumns.Table, journeyId);
                    local.SystemService.Create(copy);
                }
            });
            local.Trace("Recorded " + rows.Entities.Count + " stage transition(s) for journey " + journeyId);
        }

        private static void SetChoice(Entity row, string column, int? value)
        {
            if (value.HasValue)
            {
                row[column] = new OptionSetValue(value.Value);
            }
        }

        private static string Truncate(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
    }
}
