using System;

namespace DataverseFunnel.Plugins.Bowtie.Flow
{
    /// <summary>Where the "Bowtie journey" process flow should stand for a journey stage.</summary>
    public sealed class FlowPosition
    {
        public FlowPosition(Guid activeStageId, string traversedPath, bool finished)
        {
            ActiveStageId = activeStageId;
            TraversedPath = traversedPath;
            Finished = finished;
        }

        /// <summary>The flow stage: the process that leaves the journey's stage (Grow at both Recurring and LTV).</summary>
        public Guid ActiveStageId { get; }

        /// <summary>The flow stages passed so far, comma-separated, ending with the active one.</summary>
        public string TraversedPath { get; }

        /// <summary>True at LTV: the flow is finished.</summary>
        public bool Finished { get; }
    }
}
