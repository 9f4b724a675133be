using System;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// The names the export, the JSON and the poster use for stages, exits and processes (the contract's words),
    /// and parsing them back. Names are matched case-insensitively so a hand-edited export still reads.
    /// </summary>
    public static class BowtieVocabulary
    {
        /// <summary>Number of stages; processes sit between neighbours, so there is one fewer of them.</summary>
        public const int StageCount = 7;

        private static readonly string[] StageNames = { "Prospect", "MQL", "SQL", "Commit", "Live", "Recurring", "LTV" };
        private static readonly string[] ExitNames = { "Off-boarded", "Not a fit" };
        private static readonly string[] ProcessNames =
            { "Marketing", "Prospecting", "Selling", "Onboarding", "Achieve impact", "Grow" };

        /// <summary>The export name of a stage, e.g. "MQL".</summary>
        public static string Name(this BowtieStage stage) => StageNames[(int)stage];

        /// <summary>The export name of an exit, e.g. "Off-boarded".</summary>
        public static string Name(this JourneyExit exit) => ExitNames[(int)exit];

        /// <summary>The process that moves a journey from <paramref name="from"/> to the next stage, e.g. MQL → "Prospecting".</summary>
        public static string ProcessFrom(BowtieStage from) =>
            from == BowtieStage.Ltv
                ? throw new ArgumentOutOfRangeException(nameof(from), "LTV is the last stage; no process leaves it.")
                : ProcessNames[(int)from];

        /// <summary>Every stage in framework order.</summary>
        public static ReadOnlySpan<string> StageNamesInOrder => StageNames;

        /// <summary>Parses a stage name such as "SQL" (case-insensitive, surrounding spaces ignored).</summary>
        public static bool TryParseStage(ReadOnlySpan<char> text, out BowtieStage stage)
        {
            text = text.Trim();
            for (var i = 0; i < StageNames.Length; i++)
            {
                if (text.Equals(StageNames[i], StringComparison.OrdinalIgnoreCase))
                {
                    stage = (BowtieStage)i;
                    return true;
                }
            }

            // The choice label of Recurring is "Recurring (MRR/ARR)"; accept it from exports of the label.
            if (text.Equals("Recurring (MRR/ARR)", StringComparison.OrdinalIgnoreCase))
            {
                stage = BowtieStage.Recurring;
                return true;
            }

            stage = default;
            return false;
        }

        /// <summary>Parses an exit name, "Off-boarded" or "Not a fit" (case-insensitive).</summary>
        public static bool TryParseExit(ReadOnlySpan<char> text, out JourneyExit exit)
        {
            text = text.Trim();
            for (var i = 0; i < ExitNames.Length; i++)
            {
                if (text.Equals(ExitNames[i], StringComparison.OrdinalIgnoreCase))
                {
                    exit = (JourneyExit)i;
                    return true;
                }
            }

            exit = default;
            return false;
        }

        /// <summary>Every name a to_stage may hold, for error messages.</summary>
        internal const string ExpectedTargets = "Prospect, MQL, SQL, Commit, Live, Recurring, LTV, Off-boarded or Not a fit";
    }
}
