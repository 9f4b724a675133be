using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Plugins.Bowtie.Model;
using DataverseFunnel.Plugins.Bowtie.Rules;

namespace DataverseFunnel.Plugins.Tests.Bowtie.Rules
{
    /// <summary>Builds journey states and changes for rule tests.</summary>
    internal static class Journeys
    {
        public static readonly DateTime Start = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
        public static readonly Guid Seller = new Guid("11111111-1111-1111-1111-111111111111");

        /// <summary>An active journey that entered <paramref name="stage"/> at <see cref="Start"/>, with every earlier stage stamped.</summary>
        public static JourneyState At(BowtieStage stage, params BowtieTask[] done) =>
            new JourneyState(
                stage,
                stageEnteredOn: Start,
                firstEntered: BowtieModel.Stages.Where(s => s.Position <= BowtieModel.Position(stage)).ToDictionary(s => s.Stage, s => Start),
                doneTasks: new HashSet<BowtieTask>(done),
                motion: ProspectingMotion.Outbound,
                campaign: "Spring webinar",
                mrr: 1000m);

        public static JourneyState With(this JourneyState s, BowtieStage? stage = null, BowtieExit? exit = null, bool clearStage = false, bool active = false, params BowtieTask[] done) =>
            new JourneyState(
                clearStage ? null : stage ?? s.Stage,
                active ? null : exit ?? s.Exit,
                s.StageEnteredOn,
                s.FirstEntered,
                new HashSet<BowtieTask>(s.DoneTasks.Concat(done)),
                s.Motion,
                s.Campaign,
                s.Mrr);

        public static JourneyChange Move(JourneyState before, JourneyState after, string? reason = null, double days = 3) =>
            JourneyChange.Update(before, after, reason, Start.AddDays(days), Seller);

        public static JourneyChange Create(BowtieStage? stage, string? reason = null) =>
            JourneyChange.Create(new JourneyState(stage, motion: ProspectingMotion.Inbound, campaign: "SEO guide", mrr: 50m), reason, Start, Seller);
    }
}
