namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>One task of a process, with the journey's two-option column that says whether it is done.</summary>
    public sealed class TaskInfo
    {
        internal TaskInfo(BowtieTask task, string label, string doneColumn)
        {
            Task = task;
            Label = label;
            DoneColumn = doneColumn;
        }

        public BowtieTask Task { get; }

        public string Label { get; }

        public string DoneColumn { get; }

        public override string ToString() => Label;
    }
}
