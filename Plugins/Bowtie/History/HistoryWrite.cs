using System;

namespace DataverseFunnel.Plugins.Bowtie.History
{
    /// <summary>An attempted write to a stage-history row, in plain terms.</summary>
    internal sealed class HistoryWrite
    {
        public HistoryWrite(HistoryOperation operation, bool byBowtie, Guid caller, string? correctionReason, string? rowName, string[] changedColumns, bool journeyDeleted = false)
        {
            JourneyDeleted = journeyDeleted;
            Operation = operation;
            ByBowtie = byBowtie;
            Caller = caller;
            CorrectionReason = correctionReason;
            RowName = rowName;
            ChangedColumns = changedColumns;
        }

        public HistoryOperation Operation { get; }

        /// <summary>Delete only: the row goes because its journey is being deleted in the same request (a cascade).</summary>
        public bool JourneyDeleted { get; }

        /// <summary>True when the write comes from the bowtie's own stage plugin (recording a move).</summary>
        public bool ByBowtie { get; }

        /// <summary>The user who started the operation.</summary>
        public Guid Caller { get; }

        /// <summary>The correction reason given (Create/Update: on the row sent; Delete: already on the stored row).</summary>
        public string? CorrectionReason { get; }

        /// <summary>The name of the row being corrected, for the correction's own record.</summary>
        public string? RowName { get; }

        /// <summary>The columns an Update changes, for the correction's own record.</summary>
        public string[] ChangedColumns { get; }
    }
}
