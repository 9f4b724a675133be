using System;

namespace DataverseFunnel.Plugins.Bowtie.Schema
{
    /// <summary>The "Bowtie journey" business process flow: its instance table and columns.</summary>
    public static class JourneyFlowColumns
    {
        public const string Table = "bowtie_bowtiejourneyflow";
        public const string Id = "businessprocessflowinstanceid";
        public const string Name = "bpf_name";
        public const string Journey = "bpf_bowtie_journeyid";
        public const string Process = "processid";
        public const string ActiveStage = "activestageid";
        public const string ActiveStageStartedOn = "activestagestartedon";
        public const string TraversedPath = "traversedpath";
        public const string CompletedOn = "completedon";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";

        /// <summary>Logical name of the table that holds business process flow stages.</summary>
        public const string ProcessStageTable = "processstage";

        /// <summary>Logical name of the workflow table (the flow definition).</summary>
        public const string WorkflowTable = "workflow";

        /// <summary>Workflow id of the "Bowtie journey" flow.</summary>
        public static readonly Guid ProcessId = new Guid("4c43d4da-56eb-4518-8184-80846ccc36fe");

        public const int ActiveState = 0;
        public const int InactiveState = 1;
        public const int ActiveStatus = 1;
        public const int FinishedStatus = 2;
        public const int AbortedStatus = 3;
    }
}
