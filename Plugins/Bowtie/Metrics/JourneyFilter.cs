using System;

namespace DataverseFunnel.Plugins.Bowtie.Metrics
{
    /// <summary>
    /// Which journeys a metrics request counts: all, or those of one motion (its label, matched case-insensitively —
    /// "outbound" is Outbound; <see cref="BowtieVocabulary.NoGroup"/> for none) and/or one campaign (exactly, as the
    /// breakdowns spell it; "(none)" for none).
    /// </summary>
    public sealed class JourneyFilter
    {
        public static readonly JourneyFilter All = new JourneyFilter(null, null);

        public JourneyFilter(string? motion, string? campaign)
        {
            Motion = string.IsNullOrWhiteSpace(motion) ? null : motion!.Trim();
            Campaign = string.IsNullOrWhiteSpace(campaign) ? null : campaign!.Trim();
        }

        public string? Motion { get; }

        public string? Campaign { get; }

        public bool IsAll => Motion is null && Campaign is null;

        /// <summary>Whether a journey with these breakdown labels ("(none)" when it has none) is counted.</summary>
        public bool Matches(string motionLabel, string campaignLabel) =>
            (Motion is null || string.Equals(Motion, motionLabel, StringComparison.OrdinalIgnoreCase))
            && (Campaign is null || string.Equals(Campaign, campaignLabel, StringComparison.Ordinal));

        /// <summary>The breakdown label of a motion or campaign value: trimmed, "(none)" when empty.</summary>
        public static string Label(string? value) => string.IsNullOrWhiteSpace(value) ? BowtieVocabulary.NoGroup : value!.Trim();
    }
}
