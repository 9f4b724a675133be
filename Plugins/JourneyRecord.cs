using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Localization;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Revenue;
using DataverseFunnel.Plugins.Bowtie.Rules;
using DataverseFunnel.Plugins.Bowtie.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseFunnel.Plugins
{
    /// <summary>
    /// Maps a bowtie_journey record (the Target, merged over the pre-image) to the rules' <see cref="JourneyState"/>,
    /// and an allowed decision's stamps back onto the Target. Bad values become a message, never an exception.
    /// </summary>
    internal static class JourneyRecord
    {
        /// <summary>The pre-image columns the stage rules read.</summary>
        public static readonly string[] PreImageColumns = new[]
        {
            JourneyColumns.Stage, JourneyColumns.StateCode, JourneyColumns.StatusCode, JourneyColumns.StageEnteredOn,
            JourneyColumns.Motion, JourneyColumns.Campaign, JourneyColumns.Mrr, JourneyColumns.MoveReason,
            JourneyColumns.Ltv, JourneyColumns.LtvAsOf, JourneyColumns.Owner,
        }.Concat(BowtieModel.Stages.Select(s => s.FirstEnteredColumn)).Concat(BowtieModel.Tasks.Select(t => t.DoneColumn)).ToArray();

        /// <summary>Reads the journey as it will be after the save: Target values over the pre-image (null pre-image on Create).</summary>
        public static SellerText? Read(Entity target, Entity? pre, out JourneyState state)
        {
            state = null!;
            var stageError = ChoiceValues.ReadStage(Value<OptionSetValue>(target, pre, JourneyColumns.Stage)?.Value, out var stage);
            if (stageError != null)
            {
                return stageError;
            }

            // A state sent without a status (or the reverse) means "the default for it", not the stored other half.
            var sendsState = target.Contains(JourneyColumns.StateCode);
            var sendsStatus = target.Contains(JourneyColumns.StatusCode);
            var stateCode = (sendsState || !sendsStatus ? Value<OptionSetValue>(target, pre, JourneyColumns.StateCode) : null)?.Value;
            var statusCode = (sendsStatus || !sendsState ? Value<OptionSetValue>(target, pre, JourneyColumns.StatusCode) : null)?.Value;
            var statusError = ChoiceValues.ReadStatus(stateCode, statusCode, out var exit);
            if (statusError != null)
            {
                return statusError;
            }

            var firstEntered = new Dictionary<BowtieStage, DateTime>();
            foreach (var info in BowtieModel.Stages)
            {
                var date = Value<DateTime?>(target, pre, info.FirstEnteredColumn);
                if (date.HasValue)
                {
                    firstEntered[info.Stage] = date.Value;
                }
            }

            var done = new HashSet<BowtieTask>(BowtieModel.Tasks.Where(t => Value<bool?>(target, pre, t.DoneColumn) == true).Select(t => t.Task));
            var motion = Value<OptionSetValue>(target, pre, JourneyColumns.Motion)?.Value;
            state = new JourneyState(
                stage,
                exit,
                Value<DateTime?>(target, pre, JourneyColumns.StageEnteredOn),
                firstEntered,
                done,
                motion.HasValue && Enum.IsDefined(typeof(ProspectingMotion), motion.Value) ? (ProspectingMotion)motion.Value : (ProspectingMotion?)null,
                Value<string>(target, pre, JourneyColumns.Campaign),
                Value<Money>(target, pre, JourneyColumns.Mrr)?.Value);
            return null;
        }

        /// <summary>The move reason after the save (the Target's, else the stored one).</summary>
        public static string? Reason(Entity target, Entity? pre) => Value<string>(target, pre, JourneyColumns.MoveReason);

        /// <summary>Writes the stamps of an allowed move into the Target, so they are saved with it.</summary>
        public static void Stamp(Entity target, JourneyStamps stamps)
        {
            if (stamps.Stage.HasValue)
            {
                target[JourneyColumns.Stage] = new OptionSetValue((int)stamps.Stage.Value);
            }

            if (stamps.StageEnteredOn.HasValue)
            {
                target[JourneyColumns.StageEnteredOn] = stamps.StageEnteredOn.Value;
            }

            foreach (var first in stamps.FirstEntered)
            {
                target[BowtieModel.Stage(first.Key).FirstEnteredColumn] = first.Value;
            }

            if (stamps.ClearReason)
            {
                target[JourneyColumns.MoveReason] = null!;
            }
        }

        /// <summary>ARR is always 12 × MRR: recomputed whenever either is sent, so nobody can save them out of step.</summary>
        public static void KeepArrInStep(Entity target, Entity? pre)
        {
            if (!target.Contains(JourneyColumns.Mrr) && !target.Contains(JourneyColumns.Arr) && pre != null)
            {
                return;
            }

            var mrr = Value<Money>(target, pre, JourneyColumns.Mrr);
            target[JourneyColumns.Arr] = mrr == null ? null! : new Money(mrr.Value * 12m);
        }

        /// <summary>
        /// A seller-facing message when the save types LTV, which the bowtie computes: refused on Update; on Create only
        /// an opening balance of a journey brought in at Live or later (an import) is taken.
        /// </summary>
        public static SellerText? TypedLtv(Entity target, JourneyState after, bool isCreate)
        {
            if (!target.Contains(JourneyColumns.Ltv) && !target.Contains(JourneyColumns.LtvAsOf))
            {
                return null;
            }

            if (!isCreate)
            {
                return BowtieMessages.LtvTyped();
            }

            if (target.Contains(JourneyColumns.LtvAsOf))
            {
                return BowtieMessages.LtvTyped();
            }

            var opening = target[JourneyColumns.Ltv] as Money;
            var stage = after.Stage ?? BowtieStage.Prospect;
            return opening == null || opening.Value == 0m || LifetimeValue.RecurringMrr(stage, true, 1m) > 0m ? null : BowtieMessages.OpeningLtvBeforeLive(stage);
        }

        /// <summary>
        /// Brings LTV up to date into <paramref name="stamped"/> when the save changes the recurring MRR (going live,
        /// an MRR change, an exit, a reactivation), by the one definition in <see cref="LifetimeValue"/>.
        /// </summary>
        public static void KeepLtv(Entity stamped, Entity target, Entity? pre, JourneyState? before, JourneyState after, DateTime now)
        {
            var recurringBefore = before == null ? 0m : LifetimeValue.RecurringMrr(before.Stage, before.IsActive, before.Mrr);
            var recurringAfter = LifetimeValue.RecurringMrr(after.Stage, after.IsActive, after.Mrr);
            var ltv = LifetimeValue.After(recurringBefore, recurringAfter, Value<Money>(target, pre, JourneyColumns.Ltv)?.Value,
                Value<DateTime?>(target, pre, JourneyColumns.LtvAsOf), now);
            if (ltv.HasValue)
            {
                stamped[JourneyColumns.Ltv] = new Money(ltv.Value);
                stamped[JourneyColumns.LtvAsOf] = now;
            }
        }

        /// <summary>The owner the journey has after the save (the platform's default on Create: the calling user).</summary>
        public static EntityReference Owner(Entity target, Entity? pre, Guid callingUser) =>
            Value<EntityReference>(target, pre, JourneyColumns.Owner) ?? new EntityReference("systemuser", callingUser);

        private static T? Value<T>(Entity target, Entity? pre, string column)
        {
            if (target.Contains(column))
            {
                return target[column] is T value ? value : default;
            }

            return pre != null && pre.Contains(column) && pre[column] is T stored ? stored : default;
        }
    }
}
