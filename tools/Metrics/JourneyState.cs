using System.Runtime.CompilerServices;
using DataverseFunnel.Plugins.Bowtie.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Revenue;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// What the engine keeps per journey while it streams the moves: a compact struct (about 120 bytes) so a million
    /// journeys fit comfortably; names are interned to ints.
    /// </summary>
    internal struct JourneyState : IJourneyProgress
    {
        /// <summary><see cref="Current"/> value once the journey has left the bowtie.</summary>
        public const sbyte Left = -1;

        /// <summary>When the journey entered its first stage: the cohort date.</summary>
        public long CohortTicks;

        public long LastTicks;
        public int LastLine;
        public sbyte LastFrom;
        public sbyte LastTo;

        /// <summary>The stage it is at, or <see cref="Left"/>.</summary>
        public sbyte Current;

        /// <summary>The furthest stage reached; a skipped stage counts as reached.</summary>
        public sbyte Furthest;

        /// <summary>Bit k: stage k was first entered by a one-step forward move from k − 1 (no skip).</summary>
        public byte SteppedInto;

        /// <summary>The last motion and campaign the journey carried (0 = none).</summary>
        public int Motion;

        public int Campaign;

        /// <summary>MRR after the last move.</summary>
        public decimal Mrr;

        /// <summary>Ticks of the first entry into each stage; 0 = never entered (a skipped stage is never entered).</summary>
        public StageTicks FirstEntered;

        /// <summary>MRR that counts as recurring: the journey is in the bowtie at Live or later.</summary>
        readonly int IJourneyProgress.Furthest => Furthest;

        readonly int IJourneyProgress.SteppedInto => SteppedInto;

        public readonly decimal RecurringMrr => Current >= (sbyte)BowtieModel.Position(LifetimeValue.FirstRecurringStage) ? Mrr : 0m;

        readonly long IJourneyProgress.FirstEntered(int stage) => FirstEntered[stage];
    }

    /// <summary>One tick value per stage, stored inline in <see cref="JourneyState"/>.</summary>
    [InlineArray(BowtieVocabulary.StageCount)]
    internal struct StageTicks
    {
        private long first;
    }
}
