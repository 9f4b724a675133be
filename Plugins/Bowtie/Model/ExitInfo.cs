using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>A way to leave the bowtie and the stages it applies to.</summary>
    public sealed class ExitInfo
    {
        internal ExitInfo(BowtieExit exit, string label, string whoLeaves, IReadOnlyList<BowtieStage> fromStages)
        {
            Exit = exit;
            Label = label;
            WhoLeaves = whoLeaves;
            FromStages = fromStages;
        }

        public BowtieExit Exit { get; }

        public string Label { get; }

        /// <summary>Who takes this exit, in the framework's words ("a customer who leaves", "a prospect who doesn't fit").</summary>
        public string WhoLeaves { get; }

        /// <summary>The stages a journey may take this exit from: Not a fit before Commit, Off-boarded from Commit on.</summary>
        public IReadOnlyList<BowtieStage> FromStages { get; }

        public override string ToString() => Label;
    }
}
