namespace DataverseFunnel.Plugins.Bowtie.Schema
{
    /// <summary>Logical names of the Revenue journey table. Task and first-entered columns live on the model (TaskInfo, StageInfo).</summary>
    public static class JourneyColumns
    {
        public const string Table = "bowtie_journey";
        public const string Id = "bowtie_journeyid";
        public const string Name = "bowtie_name";
        public const string Customer = "bowtie_customerid";
        public const string Stage = "bowtie_stage";
        public const string Motion = "bowtie_motion";
        public const string Campaign = "bowtie_campaign";
        public const string CurrentTask = "bowtie_currenttask";
        public const string Health = "bowtie_health";
        public const string Mrr = "bowtie_mrr";
        public const string Arr = "bowtie_arr";
        public const string Ltv = "bowtie_ltv";

        /// <summary>When <see cref="Ltv"/> was last brought up to date (the last change of recurring MRR).</summary>
        public const string LtvAsOf = "bowtie_ltvasof";

        /// <summary>The journey's owner; its stage-history rows are owned the same way.</summary>
        public const string Owner = "ownerid";
        public const string MoveReason = "bowtie_movereason";
        public const string Description = "bowtie_description";
        public const string StageEnteredOn = "bowtie_stageenteredon";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";

        /// <summary>statecode of an active journey.</summary>
        public const int Active = 0;

        /// <summary>statecode of an exited journey (status reason Off-boarded or Not a fit).</summary>
        public const int Inactive = 1;

        /// <summary>statuscode of an active journey.</summary>
        public const int ActiveStatus = 1;

        /// <summary>Length of the move reason column.</summary>
        public const int MoveReasonMaxLength = 2000;
    }
}
