using System.Collections.Generic;
using System.Linq;
using DataverseFunnel.Demo;
using DataverseFunnel.InMemory;
using DataverseFunnel.Metrics;

namespace DataverseFunnel.Browser.Tests.Support;

/// <summary>
/// The server's own transitions export, as `funnel metrics` reads it. The served org gives rows random ids, so a journey's
/// moves saved in the same instant (the demo's imported journeys: created and moved on in one second) can come out of
/// the export in any order, and the engine refuses a journey whose creation row follows its first move. Within one
/// instant, a journey's moves are put in the order the rules record them (a creation first, then by the stage left, an
/// exit last). `funnel metrics --org` against `funnel serve --demo` meets the same disorder (a known gap of pull's order).
/// </summary>
internal static class ServerExport
{
    public static IReadOnlyList<StageMove> Moves(InMemoryOrganization org) =>
        TransitionExport.FromOrganization(org).OrderBy(m => m.MovedOnUtc).ThenBy(m => m.JourneyId, System.StringComparer.Ordinal)
            .ThenBy(m => m.To is null ? int.MaxValue : m.From is null ? -1 : (int)m.From.Value).ToList();
}
