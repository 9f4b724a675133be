using System.Collections.Generic;
using System.Linq;

namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>
    /// What must be done before a journey may leave a process: nothing, one of some tasks, or all of some tasks.
    /// Data, not code, so admins can change it in the step configuration.
    /// </summary>
    public sealed class ExitCriterion
    {
        private ExitCriterion(bool requiresAll, IReadOnlyList<BowtieTask> tasks)
        {
            RequiresAll = requiresAll;
            Tasks = tasks;
        }

        /// <summary>No task needs to be done.</summary>
        public static ExitCriterion None { get; } = new ExitCriterion(false, new BowtieTask[0]);

        /// <summary>At least one of the tasks must be done.</summary>
        public static ExitCriterion AnyOf(params BowtieTask[] tasks) =>
            tasks.Length == 0 ? None : new ExitCriterion(false, tasks.Distinct().ToArray());

        /// <summary>Every one of the tasks must be done.</summary>
        public static ExitCriterion AllOf(params BowtieTask[] tasks) =>
            tasks.Length == 0 ? None : new ExitCriterion(true, tasks.Distinct().ToArray());

        public bool RequiresAll { get; }

        public IReadOnlyList<BowtieTask> Tasks { get; }

        public bool IsNone => Tasks.Count == 0;

        public bool IsMetBy(ICollection<BowtieTask> doneTasks)
        {
            if (IsNone)
            {
                return true;
            }

            return RequiresAll ? Tasks.All(doneTasks.Contains) : Tasks.Any(doneTasks.Contains);
        }

        /// <summary>The tasks still to do, for the refusal message (all listed tasks when any one of them would do).</summary>
        public IReadOnlyList<BowtieTask> Missing(ICollection<BowtieTask> doneTasks) =>
            IsMetBy(doneTasks) ? new BowtieTask[0] : Tasks.Where(t => !doneTasks.Contains(t)).ToArray();

        /// <summary>"Trade done", "one of Outbound, Inbound or Target done", "Usage and Get well done".</summary>
        public string Describe()
        {
            if (IsNone)
            {
                return "nothing";
            }

            var labels = Tasks.Select(t => BowtieModel.Task(t).Label).ToList();
            if (labels.Count == 1)
            {
                return labels[0] + " done";
            }

            return (RequiresAll ? "" : "one of ") + Words.List(labels, RequiresAll ? "and" : "or") + " done";
        }

        public override string ToString() => Describe();
    }
}
