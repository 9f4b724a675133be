using System;
using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Rules
{
    /// <summary>What the rules need to know about a journey at one moment: where it is, whether it left, what is done.</summary>
    internal sealed class JourneyState
    {
        private static readonly IReadOnlyDictionary<BowtieStage, DateTime> NoDates = new Dictionary<BowtieStage, DateTime>();

        public JourneyState(
            BowtieStage? stage,
            BowtieExit? exit = null,
            DateTime? stageEnteredOn = null,
            IReadOnlyDictionary<BowtieStage, DateTime>? firstEntered = null,
            ICollection<BowtieTask>? doneTasks = null,
            ProspectingMotion? motion = null,
            string? campaign = null,
            decimal? mrr = null)
        {
            Stage = stage;
            Exit = exit;
            StageEnteredOn = stageEnteredOn;
            FirstEntered = firstEntered ?? NoDates;
            DoneTasks = doneTasks ?? new HashSet<BowtieTask>();
            Motion = motion;
            Campaign = campaign;
            Mrr = mrr;
        }

        /// <summary>The current stage; null only for a journey that never had one (bad input or data from before the plugin).</summary>
        public BowtieStage? Stage { get; }

        /// <summary>Why the journey left the bowtie; null while it is active.</summary>
        public BowtieExit? Exit { get; }

        public bool IsActive => Exit == null;

        /// <summary>When the journey entered its current stage (or, once exited, when it left).</summary>
        public DateTime? StageEnteredOn { get; }

        /// <summary>The date each stage was first entered; missing stages were never reached.</summary>
        public IReadOnlyDictionary<BowtieStage, DateTime> FirstEntered { get; }

        public ICollection<BowtieTask> DoneTasks { get; }

        public ProspectingMotion? Motion { get; }

        public string? Campaign { get; }

        public decimal? Mrr { get; }
    }
}
