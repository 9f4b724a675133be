namespace DataverseFunnel.Plugins.Bowtie.Schema
{
    /// <summary>Logical names of the Stage transition table: the append-only stage history.</summary>
    public static class StageTransitionColumns
    {
        public const string Table = "bowtie_stagetransition";
        public const string Id = "bowtie_stagetransitionid";
        public const string Name = "bowtie_name";
        public const string Journey = "bowtie_journeyid";
        public const string FromStage = "bowtie_fromstage";
        public const string ToStage = "bowtie_tostage";
        public const string Exit = "bowtie_exit";
        public const string Kind = "bowtie_kind";
        public const string MovedOn = "bowtie_movedon";
        public const string MovedBy = "bowtie_movedby";
        public const string Reason = "bowtie_reason";
        public const string DaysInStage = "bowtie_daysinstage";
        public const string Motion = "bowtie_motion";
        public const string Campaign = "bowtie_campaign";
        public const string Mrr = "bowtie_mrr";

        /// <summary>The row's owner: the journey's owner, so business-unit read of history matches read of journeys.</summary>
        public const string Owner = "ownerid";

        /// <summary>
        /// Set by a system administrator to correct a history row (string 2000). Not in the first data-model sketch:
        /// added so a correction is explicit and says why; the correction itself is recorded as a Correction row.
        /// </summary>
        public const string CorrectionReason = "bowtie_correctionreason";

        /// <summary>Length of the name column.</summary>
        public const int NameMaxLength = 200;
    }
}
