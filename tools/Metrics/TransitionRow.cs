using System;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// Maps a <c>bowtie_stagetransition</c> row's raw values (choice option values as the org stores them) to a
    /// <see cref="StageMove"/>, so a caller holding Dataverse rows (the demo, the in-memory org) feeds the engine without
    /// re-deriving the contract's option values: every value is 269840000 + n, n in framework order. Feed the rows of
    /// one journey in time order (all journeys interleaved is fine), skipping those for which <see cref="IsMove"/> is false.
    /// </summary>
    public static class TransitionRow
    {
        /// <param name="journeyId">bowtie_journeyid (the lookup's id).</param>
        /// <param name="fromStage">bowtie_fromstage option value; null for the row that creates the journey.</param>
        /// <param name="toStage">bowtie_tostage option value; null for an exit.</param>
        /// <param name="exit">bowtie_exit option value; for an exit (no to stage). A reactivation carries both a to stage and
        /// the exit it returns from: it is a move into the stage.</param>
        /// <param name="movedOn">bowtie_movedon (UTC).</param>
        /// <param name="motion">bowtie_motion option value, or null.</param>
        /// <param name="campaign">bowtie_campaign.</param>
        /// <param name="mrr">bowtie_mrr (the money value), or null for 0.</param>
        /// <exception cref="ArgumentOutOfRangeException">An option value outside the contract's choices.</exception>
        public static StageMove ToMove(Guid journeyId, int? fromStage, int? toStage, int? exit, DateTime movedOn,
            int? motion, string? campaign, decimal? mrr) => new(
                journeyId.ToString("D"),
                fromStage is { } from ? Stage(from, nameof(fromStage)) : null,
                toStage is { } to ? Stage(to, nameof(toStage)) : null,
                toStage is null && exit is { } e ? Exit(e) : null,
                DateTime.SpecifyKind(movedOn, movedOn.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc),
                motion is { } m ? MotionName(m) : null,
                string.IsNullOrWhiteSpace(campaign) ? null : campaign,
                mrr ?? 0m);

        /// <summary>
        /// Whether a row of this <c>bowtie_kind</c> is a move. Correction rows (269840005) record an administrator's edit
        /// of the history, not a move of the journey: leave them out.
        /// </summary>
        public static bool IsMove(int? kind) => kind != (int)TransitionKind.Correction;

        /// <summary>The stage of a <c>bowtie_stage</c> option value (269840000 = Prospect … 269840006 = LTV).</summary>
        public static BowtieStage Stage(int optionValue, string what = "stage") =>
            BowtieModel.IsStage(optionValue)
                ? (BowtieStage)optionValue
                : throw new ArgumentOutOfRangeException(what, optionValue, "Not a bowtie_stage option value (269840000-269840006).");

        /// <summary>The exit of a <c>bowtie_exit</c> option value (269840000 Off-boarded, 269840001 Not a fit).</summary>
        public static BowtieExit Exit(int optionValue) =>
            BowtieModel.IsExit(optionValue)
                ? (BowtieExit)optionValue
                : throw new ArgumentOutOfRangeException(nameof(optionValue), optionValue, "Not a bowtie_exit option value (269840000-269840001).");

        /// <summary>The label of a <c>bowtie_motion</c> option value: Inbound, Outbound, Target.</summary>
        public static string MotionName(int optionValue) =>
            BowtieModel.Motions.TryGetValue((ProspectingMotion)optionValue, out var name)
                ? name
                : throw new ArgumentOutOfRangeException(nameof(optionValue), optionValue, "Not a bowtie_motion option value (269840000-269840002).");
    }
}
