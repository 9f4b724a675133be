using System;

namespace DataverseFunnel.Plugins.Bowtie.Rules
{
    /// <summary>An attempted change to a journey: the state before (none on create), the state asked for, why, when and by whom.</summary>
    internal sealed class JourneyChange
    {
        private JourneyChange(JourneyState? before, JourneyState after, string? reason, DateTime at, Guid by)
        {
            Before = before;
            After = after;
            Reason = reason;
            At = at;
            By = by;
        }

        /// <summary>A new journey, as the caller asked for it (a null stage means "start at the beginning").</summary>
        public static JourneyChange Create(JourneyState requested, string? reason, DateTime at, Guid by) =>
            new JourneyChange(null, requested, reason, at, by);

        /// <summary>A change to an existing journey; <paramref name="after"/> is the before state with the caller's changes merged in.</summary>
        public static JourneyChange Update(JourneyState before, JourneyState after, string? reason, DateTime at, Guid by) =>
            new JourneyChange(before, after, reason, at, by);

        public JourneyState? Before { get; }

        public JourneyState After { get; }

        /// <summary>The move reason as given; the rules trim it and treat blank as none.</summary>
        public string? Reason { get; }

        /// <summary>The operation time, from the platform (never the wall clock).</summary>
        public DateTime At { get; }

        /// <summary>The user who started the operation.</summary>
        public Guid By { get; }

        public bool IsCreate => Before == null;
    }
}
