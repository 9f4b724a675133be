using System;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.Metrics
{
    /// <summary>
    /// One move of one journey: the input of the metrics engine, one row of the transitions export, and what a caller
    /// maps a <c>bowtie_stagetransition</c> row to (fromstage → <see cref="From"/>, tostage or exit → <see cref="To"/> /
    /// <see cref="Exit"/>, movedon, motion and campaign labels, mrr).
    /// </summary>
    /// <param name="JourneyId">The journey's id (the export writes it as text; a Guid's "D" form from Dataverse).</param>
    /// <param name="From">The stage left; null when the journey is created.</param>
    /// <param name="To">The stage entered; null when the move is an exit.</param>
    /// <param name="Exit">Set when the journey leaves the bowtie; then <paramref name="To"/> is null.</param>
    /// <param name="MovedOnUtc">When the move happened, in UTC.</param>
    /// <param name="Motion">The prospecting motion at that moment (Inbound, Outbound, Target), or null.</param>
    /// <param name="Campaign">The campaign at that moment, or null.</param>
    /// <param name="Mrr">The journey's monthly recurring revenue after the move.</param>
    public readonly record struct StageMove(
        string JourneyId,
        BowtieStage? From,
        BowtieStage? To,
        BowtieExit? Exit,
        DateTime MovedOnUtc,
        string? Motion,
        string? Campaign,
        decimal Mrr)
    {
        /// <summary>A forward, skip, back or creation move into a stage.</summary>
        public static StageMove Into(string journeyId, BowtieStage? from, BowtieStage to, DateTime movedOnUtc,
            string? motion = null, string? campaign = null, decimal mrr = 0m) =>
            new(journeyId, from, to, null, movedOnUtc, motion, campaign, mrr);

        /// <summary>A journey leaving the bowtie from <paramref name="from"/>.</summary>
        public static StageMove Leave(string journeyId, BowtieStage from, BowtieExit exit, DateTime movedOnUtc,
            string? motion = null, string? campaign = null, decimal mrr = 0m) =>
            new(journeyId, from, null, exit, movedOnUtc, motion, campaign, mrr);
    }
}
