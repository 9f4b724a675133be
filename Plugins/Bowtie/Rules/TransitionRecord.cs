using System;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Rules
{
    /// <summary>One row of stage history, as the rules decided it (the plugin maps it to bowtie_stagetransition).</summary>
    internal sealed class TransitionRecord
    {
        public TransitionRecord(
            TransitionKind kind,
            BowtieStage? from,
            BowtieStage? to,
            BowtieExit? exit,
            DateTime movedOn,
            Guid movedBy,
            string? reason,
            decimal daysInStage,
            ProspectingMotion? motion,
            string? campaign,
            decimal? mrr)
        {
            Kind = kind;
            From = from;
            To = to;
            Exit = exit;
            MovedOn = movedOn;
            MovedBy = movedBy;
            Reason = reason;
            DaysInStage = daysInStage;
            Motion = motion;
            Campaign = campaign;
            Mrr = mrr;
        }

        public TransitionKind Kind { get; }

        /// <summary>The stage left; null when the journey was created or came back from an exit.</summary>
        public BowtieStage? From { get; }

        /// <summary>The stage entered; null for an exit.</summary>
        public BowtieStage? To { get; }

        /// <summary>The exit taken (Exit) or returned from (Reactivation).</summary>
        public BowtieExit? Exit { get; }

        public DateTime MovedOn { get; }

        public Guid MovedBy { get; }

        public string? Reason { get; }

        /// <summary>Days spent in the stage left (for a reactivation: days spent outside the bowtie); 0 for a skipped stage.</summary>
        public decimal DaysInStage { get; }

        public ProspectingMotion? Motion { get; }

        public string? Campaign { get; }

        public decimal? Mrr { get; }

        /// <summary>A short name for the row: "MQL → SQL", "Created at Prospect", "Live → Off-boarded", "Reactivated at Live".</summary>
        public string Title
        {
            get
            {
                switch (Kind)
                {
                    case TransitionKind.Created:
                        return "Created at " + Label(To);
                    case TransitionKind.Reactivation:
                        return "Reactivated at " + Label(To);
                    case TransitionKind.Exit:
                        return Label(From) + " → " + (Exit.HasValue ? BowtieModel.Exit(Exit.Value).Label : "exit");
                    case TransitionKind.Skip:
                        return Label(From) + " → " + Label(To) + " (skip)";
                    default:
                        return Label(From) + " → " + Label(To);
                }
            }
        }

        private static string Label(BowtieStage? stage) => stage.HasValue ? BowtieModel.Stage(stage.Value).Label : "(none)";
    }
}
