using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Configuration;

namespace DataverseFunnel.Plugins.Bowtie.History
{
    /// <summary>
    /// Stage history is append-only. The bowtie writes new rows as journeys move; nobody updates or deletes them,
    /// except a system administrator named in <c>historyCorrectors</c> who gives a correction reason — and that
    /// correction is itself recorded as a Correction row. To delete a row, the administrator first sets its
    /// correction reason (recorded), then deletes it (recorded again). A change of owner alone is allowed: rows are owned
    /// like their journey and follow it when it is assigned.
    /// </summary>
    internal sealed class HistoryGuard
    {
        private const int MaxTitleLength = Schema.StageTransitionColumns.NameMaxLength;
        private const string OwnerColumn = Schema.StageTransitionColumns.Owner;

        private readonly BowtieOptions _options;

        public HistoryGuard(BowtieOptions options) => _options = options;

        public HistoryDecision Decide(HistoryWrite write)
        {
            if (write.Operation == HistoryOperation.Create && write.ByBowtie)
            {
                return HistoryDecision.Allowed;
            }

            if (write.Operation == HistoryOperation.Delete && write.JourneyDeleted)
            {
                return HistoryDecision.Allowed; // the history goes with its journey, as the relationship's cascade declares
            }

            if (write.Operation == HistoryOperation.Update && write.ChangedColumns.Length > 0 && write.ChangedColumns.All(c => c == OwnerColumn))
            {
                // Ownership follows the journey (the relationship cascades Assign): who may read a row changes, not what it says.
                return HistoryDecision.Allowed;
            }

            var reason = string.IsNullOrWhiteSpace(write.CorrectionReason) ? null : write.CorrectionReason!.Trim();
            if (!_options.HistoryCorrectors.Contains(write.Caller))
            {
                return HistoryDecision.Refused(write.Operation == HistoryOperation.Create
                    ? "Stage history is written by the bowtie when a journey moves, so it can't be added by hand. " +
                      "Move the journey instead; if history is missing, ask a system administrator to record a correction."
                    : "Stage history can't be changed or deleted: it is the record of how the journey moved. " +
                      "If a row is wrong, ask a system administrator to correct it with a correction reason.");
            }

            if (reason == null)
            {
                return HistoryDecision.Refused(write.Operation == HistoryOperation.Delete
                    ? "To delete a stage-history row, first give it a correction reason (saved as a correction), then delete it."
                    : "To correct stage history, give a reason in Correction reason: the correction is recorded with it.");
            }

            if (reason.Length > Schema.JourneyColumns.MoveReasonMaxLength)
            {
                return HistoryDecision.Refused("The correction reason is too long; keep it to 2,000 characters or fewer.");
            }

            var row = "'" + (write.RowName ?? "a history row") + "'";
            string title;
            switch (write.Operation)
            {
                case HistoryOperation.Create: title = "Correction: added " + row; break;
                case HistoryOperation.Delete: title = "Correction: deleted " + row; break;
                default:
                    var columns = write.ChangedColumns.Where(c => c != Schema.StageTransitionColumns.CorrectionReason).ToArray();
                    title = "Correction of " + row + (columns.Length > 0 ? ": " + string.Join(", ", columns) : "");
                    break;
            }

            return HistoryDecision.Correction(title.Length > MaxTitleLength ? title.Substring(0, MaxTitleLength - 1) + "…" : title, reason);
        }
    }
}
