using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Rules
{
    /// <summary>The columns an allowed move sets on the journey in the same save.</summary>
    internal sealed class JourneyStamps
    {
        private static readonly IReadOnlyDictionary<BowtieStage, DateTime> NoDates = new Dictionary<BowtieStage, DateTime>();

        public static JourneyStamps None { get; } = new JourneyStamps(null, null, NoDates, false);

        public JourneyStamps(BowtieStage? stage, DateTime? stageEnteredOn, IReadOnlyDictionary<BowtieStage, DateTime> firstEntered, bool clearReason)
        {
            Stage = stage;
            StageEnteredOn = stageEnteredOn;
            FirstEntered = firstEntered;
            ClearReason = clearReason;
        }

        /// <summary>A stage to set that the caller didn't (a new journey with no stage starts at Prospect).</summary>
        public BowtieStage? Stage { get; }

        /// <summary>The new value of bowtie_stageenteredon.</summary>
        public DateTime? StageEnteredOn { get; }

        /// <summary>First-entered dates to stamp: only stages the journey had never reached before.</summary>
        public IReadOnlyDictionary<BowtieStage, DateTime> FirstEntered { get; }

        /// <summary>True when the move used the move reason, which is cleared after use.</summary>
        public bool ClearReason { get; }
    }
}
