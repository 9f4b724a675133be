namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>One stage of the bowtie: its label in the framework's words and the journey column stamped when it is first entered.</summary>
    public sealed class StageInfo
    {
        internal StageInfo(BowtieStage stage, string label, string firstEnteredColumn)
        {
            Stage = stage;
            Label = label;
            FirstEnteredColumn = firstEnteredColumn;
        }

        public BowtieStage Stage { get; }

        /// <summary>Position in the bowtie, 0 (Prospect) to 6 (LTV).</summary>
        public int Position => (int)Stage - BowtieModel.OptionValuePrefix;

        public string Label { get; }

        /// <summary>Journey column holding the date the journey first entered this stage (HubSpot's "date entered stage").</summary>
        public string FirstEnteredColumn { get; }

        public override string ToString() => Label;
    }
}
