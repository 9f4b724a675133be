using System.Globalization;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Rules
{
    /// <summary>
    /// Every message a seller sees from the stage rules, in one place: customer-centric words (commit, trade, grow,
    /// off-board), plain text, and always what to do instead.
    /// </summary>
    internal static class BowtieMessages
    {
        private static string L(BowtieStage stage) => BowtieModel.Stage(stage).Label;

        private static string AllStages => Words.List(BowtieModel.Stages.Select(s => s.Label).ToList(), "or");

        public static string UnknownStage(int value) =>
            "The stage value " + value.ToString(CultureInfo.InvariantCulture) + " is not a bowtie stage. Choose one of " + AllStages + ".";

        public static string StageCleared() =>
            "A revenue journey always has a stage, so it can't be left empty. If the journey is leaving the bowtie, " +
            "set its status to Off-boarded (a customer who leaves) or Not a fit (a prospect), with a reason in Move reason.";

        public static string UnknownStatus(int statusCode) =>
            "The status " + statusCode.ToString(CultureInfo.InvariantCulture) + " is not a way out of the bowtie. " +
            "A journey that leaves is Off-boarded (a customer who leaves) or Not a fit (a prospect who doesn't fit); " +
            "set its status to Active to keep it in the bowtie.";

        public static string ChooseExit() =>
            "To take a journey out of the bowtie, say why: set its status to Off-boarded (a customer who leaves) or " +
            "Not a fit (a prospect who doesn't fit), with a reason in Move reason.";

        public static string CreateInactive() =>
            "A new revenue journey starts active. Create it first, then set it to Off-boarded or Not a fit with a reason.";

        public static string CreateLaterStageNeedsReason(BowtieStage stage) =>
            "A new revenue journey starts at Prospect. To bring in a journey that is already at " + L(stage) +
            " (for example an import), give a reason in Move reason; " + SkippedList(stage) + " will be recorded as skipped.";

        public static string CreateLaterStageNotAllowed(BowtieStage stage) =>
            "A new revenue journey starts at Prospect, and this environment doesn't bring journeys in at a later stage. " +
            "Create it at Prospect, then move it forward to " + L(stage) + " one stage at a time.";

        public static string ExitCriteriaNotMet(ProcessInfo process, ExitCriterion criterion) =>
            "To move from " + L(process.From) + " to " + L(process.To) + ", the " + process.Name + " process needs " +
            criterion.Describe() + ". Mark " + (criterion.RequiresAll || criterion.Tasks.Count == 1 ? "it" : "one of them") +
            " done, then move the journey.";

        public static string SkipBlocked(BowtieStage from, BowtieStage to) =>
            "A journey moves one stage at a time: from " + L(from) + " the next stage is " + L(BowtieModel.Next(from)!.Value) +
            ", so moving to " + L(to) + " would skip " + SkippedBetween(from, to) + ". Move it to " +
            L(BowtieModel.Next(from)!.Value) + " first.";

        public static string SkipNeedsReason(BowtieStage from, BowtieStage to) =>
            "Moving from " + L(from) + " to " + L(to) + " skips " + SkippedBetween(from, to) +
            ". To skip, give a reason in Move reason, or move one stage at a time.";

        public static string CommittedStaysCommitted(BowtieStage from, BowtieStage to) =>
            "A customer who committed stays committed: a journey at " + L(from) + " can't go back to " + L(to) +
            ". If the customer is leaving, off-board them: set the status to Off-boarded with a reason in Move reason.";

        public static string BackBlocked(BowtieStage from, BowtieStage to) =>
            "A journey doesn't go back from " + L(from) + " to " + L(to) +
            ". To nurture it again, recycle it to Prospect with a reason in Move reason; if it isn't going ahead, mark it Not a fit.";

        public static string RecycleNeedsReason(BowtieStage from) =>
            "To recycle this " + L(from) + " back to Prospect for nurture, give a reason in Move reason.";

        public static string RecycleNotAllowed(BowtieStage from) =>
            "This environment doesn't recycle journeys back to Prospect, so this " + L(from) +
            " stays where it is. If it isn't going ahead, mark it Not a fit with a reason in Move reason.";

        public static string ExitNeedsReason(BowtieExit exit) =>
            exit == BowtieExit.OffBoarded
                ? "To off-board this customer, give a reason in Move reason: it tells the team what to learn from it."
                : "To mark this journey Not a fit, give a reason in Move reason: it tells marketing what to change.";

        public static string ExitNotForStage(BowtieExit exit, BowtieStage stage) =>
            exit == BowtieExit.OffBoarded
                ? "Off-boarded is for a customer who committed and leaves; this journey is at " + L(stage) +
                  " and hasn't committed. If it isn't going ahead, mark it Not a fit with a reason in Move reason."
                : "Not a fit is for a prospect before they commit; this journey is at " + L(stage) +
                  ", so the customer committed. If the customer is leaving, off-board them: set the status to Off-boarded with a reason.";

        public static string ExitAndMoveTogether() =>
            "Take one step at a time: save the stage move first, then set the journey to Off-boarded or Not a fit.";

        public static string Frozen(BowtieExit exit) =>
            "This journey is " + BowtieModel.Exit(exit).Label + ", so its stage is frozen. Reactivate it first " +
            "(set its status back to Active), then move it.";

        public static string ReactivateAtSameStage(BowtieStage stage) =>
            "A journey comes back at the stage it left (" + L(stage) + "). Reactivate it first, then move it in a separate save.";

        public static string ReactivationNeedsReason() =>
            "To reactivate this journey, give a reason in Move reason.";

        public static string ReasonTooLong(int length) =>
            "The move reason is " + length.ToString("N0", CultureInfo.InvariantCulture) + " characters long; keep it to " +
            Schema.JourneyColumns.MoveReasonMaxLength.ToString("N0", CultureInfo.InvariantCulture) +
            " characters or fewer, a sentence or two on why.";

        private static string SkippedBetween(BowtieStage from, BowtieStage to) =>
            Words.List(BowtieModel.Between(from, to).Select(s => s.Label).ToList(), "and");

        private static string SkippedList(BowtieStage stage) =>
            Words.List(BowtieModel.Stages.Where(s => s.Position < BowtieModel.Position(stage)).Select(s => s.Label).ToList(), "and");

        public static string LtvTyped() =>
            "LTV is computed by the bowtie from MRR over time (MRR × months held from Live on), so it can't be typed. " +
            "Change MRR instead; LTV follows.";

        public static string OpeningLtvBeforeLive(BowtieStage stage) =>
            "A journey that starts at " + L(stage) + " has earned no recurring revenue yet, so it can't start with an LTV. " +
            "An opening LTV is only for a customer brought in at Live or later (an import); otherwise leave LTV empty.";
    }
}
