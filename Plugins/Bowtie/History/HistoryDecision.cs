namespace DataverseFunnel.Plugins.Bowtie.History
{
    /// <summary>Whether a history write may go ahead, and if it is a correction, how to record it.</summary>
    internal sealed class HistoryDecision
    {
        private HistoryDecision(bool allowed, string? message, string? correctionTitle, string? correctionReason)
        {
            IsAllowed = allowed;
            Message = message;
            CorrectionTitle = correctionTitle;
            CorrectionReason = correctionReason;
        }

        public static HistoryDecision Allowed { get; } = new HistoryDecision(true, null, null, null);

        public static HistoryDecision Refused(string message) => new HistoryDecision(false, message, null, null);

        public static HistoryDecision Correction(string title, string reason) => new HistoryDecision(true, null, title, reason);

        public bool IsAllowed { get; }

        public string? Message { get; }

        /// <summary>Set when the write is an administrator's correction: the name of the Correction row to record.</summary>
        public string? CorrectionTitle { get; }

        public string? CorrectionReason { get; }

        public bool IsCorrection => CorrectionTitle != null;
    }
}
