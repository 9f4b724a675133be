using System;
using System.Collections.Generic;

namespace DataverseFunnel.Plugins.Bowtie.Model
{
    /// <summary>
    /// A process between two neighbouring stages (Marketing, Prospecting, Selling, Onboarding, Achieve impact, Grow),
    /// its tasks, and the id of the matching stage in the "Bowtie journey" business process flow.
    /// </summary>
    public sealed class ProcessInfo
    {
        internal ProcessInfo(string name, BowtieStage from, BowtieStage to, IReadOnlyList<TaskInfo> tasks, Guid flowStageId)
        {
            Name = name;
            From = from;
            To = to;
            Tasks = tasks;
            FlowStageId = flowStageId;
        }

        public string Name { get; }

        /// <summary>The stage this process moves a journey out of.</summary>
        public BowtieStage From { get; }

        /// <summary>The stage this process moves a journey into.</summary>
        public BowtieStage To { get; }

        public IReadOnlyList<TaskInfo> Tasks { get; }

        /// <summary>The processstage id of this process in the "Bowtie journey" business process flow.</summary>
        public Guid FlowStageId { get; }

        public override string ToString() => Name;
    }
}
