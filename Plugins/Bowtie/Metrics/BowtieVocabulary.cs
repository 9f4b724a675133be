using System;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// The names the export, the JSON and the poster use for stages, exits and processes — the bowtie model's labels,
    /// a stage's without its parenthetical ("Recurring", not "Recurring (MRR/ARR)") — and parsing them back. Names are
    /// matched case-insensitively so a hand-edited export still reads. Arrays are indexed by model position (0 = Prospect).
    /// </summary>
    public static class BowtieVocabulary
    {
        /// <summary>Number of stages (<see cref="BowtieModel.Stages"/>, as a constant for array sizes and patterns).</summary>
        public const int StageCount = 7;

        private static readonly string[] StageNames = BowtieModel.Stages.Select(s => ShortLabel(s.Label)).ToArray();
        private static readonly string[] ExitNames = BowtieModel.Exits.OrderBy(e => e.Exit).Select(e => e.Label).ToArray();
        private static readonly string[] ProcessNames = BowtieModel.Processes.Select(p => p.Name).ToArray();

        /// <summary>The stage at a model position, 0 (Prospect) to 6 (LTV).</summary>
        public static BowtieStage StageAt(int position) => (BowtieStage)(BowtieModel.OptionValuePrefix + position);

        /// <summary>0 for Off-boarded, 1 for Not a fit: the exit's position among the <c>bowtie_exit</c> options.</summary>
        public static int Position(this BowtieExit exit) => (int)exit - BowtieModel.OptionValuePrefix;

        /// <summary>The exit at a position, 0 (Off-boarded) or 1 (Not a fit).</summary>
        public static BowtieExit ExitAt(int position) => (BowtieExit)(BowtieModel.OptionValuePrefix + position);

        /// <summary>The export name of a stage, e.g. "MQL".</summary>
        public static string Name(this BowtieStage stage) => StageNames[BowtieModel.Position(stage)];

        /// <summary>The export name of an exit, e.g. "Off-boarded".</summary>
        public static string Name(this BowtieExit exit) => ExitNames[exit.Position()];

        /// <summary>The process that moves a journey from <paramref name="from"/> to the next stage, e.g. MQL → "Prospecting".</summary>
        public static string ProcessFrom(BowtieStage from) =>
            from == BowtieStage.Ltv
                ? throw new ArgumentOutOfRangeException(nameof(from), "LTV is the last stage; no process leaves it.")
                : ProcessNames[BowtieModel.Position(from)];

        private static string ShortLabel(string label) => label.IndexOf(" (", StringComparison.Ordinal) is var open and > 0 ? label.Substring(0, open) : label;

        /// <summary>How journeys without a motion or campaign are shown in breakdowns (never named as a gap).</summary>
        public const string NoGroup = "(none)";

        // The parsers take a span on .NET (the CSV reader's allocation-free path) and a string on net462 (no Span there).

        /// <summary>Parses a stage name such as "SQL" (case-insensitive, surrounding spaces ignored).</summary>
#if NET8_0_OR_GREATER
        public static bool TryParseStage(ReadOnlySpan<char> text, out BowtieStage stage)
        {
            text = text.Trim();
#else
        public static bool TryParseStage(string? text, out BowtieStage stage)
        {
            text = (text ?? string.Empty).Trim();
#endif
            for (var i = 0; i < StageNames.Length; i++)
            {
                if (text.Equals(StageNames[i], StringComparison.OrdinalIgnoreCase))
                {
                    stage = StageAt(i);
                    return true;
                }
            }

            // An export of the choice's labels carries the full one, e.g. "Recurring (MRR/ARR)".
            foreach (var info in BowtieModel.Stages)
            {
                if (text.Equals(info.Label, StringComparison.OrdinalIgnoreCase))
                {
                    stage = info.Stage;
                    return true;
                }
            }

            stage = default;
            return false;
        }

        /// <summary>Parses an exit name, "Off-boarded" or "Not a fit" (case-insensitive).</summary>
#if NET8_0_OR_GREATER
        public static bool TryParseExit(ReadOnlySpan<char> text, out BowtieExit exit)
        {
            text = text.Trim();
#else
        public static bool TryParseExit(string? text, out BowtieExit exit)
        {
            text = (text ?? string.Empty).Trim();
#endif
            for (var i = 0; i < ExitNames.Length; i++)
            {
                if (text.Equals(ExitNames[i], StringComparison.OrdinalIgnoreCase))
                {
                    exit = ExitAt(i);
                    return true;
                }
            }

            exit = default;
            return false;
        }

        /// <summary>Every name a to_stage may hold, for error messages.</summary>
        public const string ExpectedTargets = "Prospect, MQL, SQL, Commit, Live, Recurring, LTV, Off-boarded or Not a fit";
    }
}
