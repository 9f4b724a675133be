using System.Collections.Generic;
using DataverseFunnel.Plugins.Bowtie.Localization;

namespace DataverseFunnel.Plugins.Bowtie.Rules
{
    /// <summary>The rules' answer, as a value: no-op, refused with a message a seller understands, or allowed with what to write.</summary>
    internal sealed class TransitionDecision
    {
        private static readonly IReadOnlyList<TransitionRecord> NoRows = new TransitionRecord[0];

        private TransitionDecision(DecisionOutcome outcome, SellerText? text, JourneyStamps stamps, IReadOnlyList<TransitionRecord> transitions)
        {
            Outcome = outcome;
            Text = text;
            Stamps = stamps;
            Transitions = transitions;
        }

        public static TransitionDecision NoOp { get; } = new TransitionDecision(DecisionOutcome.NoOp, null, JourneyStamps.None, NoRows);

        public static TransitionDecision Refused(SellerText message) =>
            new TransitionDecision(DecisionOutcome.Refused, message, JourneyStamps.None, NoRows);

        public static TransitionDecision Allowed(JourneyStamps stamps, IReadOnlyList<TransitionRecord> transitions) =>
            new TransitionDecision(DecisionOutcome.Allowed, null, stamps, transitions);

        public DecisionOutcome Outcome { get; }

        public bool IsRefused => Outcome == DecisionOutcome.Refused;

        /// <summary>Why the move was refused and what to do instead, in each language; null unless refused.</summary>
        public SellerText? Text { get; }

        /// <summary>The refusal in English (traces, tests); the plugin shows <see cref="Text"/> in the caller's language.</summary>
        public string? Message => Text?.English;

        public JourneyStamps Stamps { get; }

        /// <summary>The history rows to write, in order; empty unless allowed.</summary>
        public IReadOnlyList<TransitionRecord> Transitions { get; }

        public override string ToString() => IsRefused ? "Refused: " + Message : Outcome + " (" + Transitions.Count + " transitions)";
    }
}
