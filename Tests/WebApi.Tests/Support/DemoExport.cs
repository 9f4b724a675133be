using System;
using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Demo;
using DataverseFunnel.InMemory;
using DataverseFunnel.Metrics;
using DataverseFunnel.Plugins.Bowtie.Model;

namespace DataverseFunnel.WebApi.Tests.Support;

/// <summary>
/// The org's stage history as `funnel metrics` reads it (TransitionExport), for an org whose ids are random as a served
/// org's (and Dataverse's) are: the moves one save recorded at one instant (a creation or a skip, one row per stage
/// passed) are put back in the order the rules record them — creation first, then by the stage left, an exit last.
/// </summary>
internal static class DemoExport
{
    public static IReadOnlyList<StageMove> Moves(InMemoryOrganization org) =>
        TransitionExport.FromOrganization(org)
            .OrderBy(m => m.MovedOnUtc).ThenBy(m => m.JourneyId, StringComparer.Ordinal).ThenBy(RecordingOrder).ToList();

    private static int RecordingOrder(StageMove move) =>
        move.To is null ? int.MaxValue : move.From is { } from ? BowtieModel.Position(from) : -1;
}
