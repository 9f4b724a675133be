using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DataverseFunnel.Metrics;
using DataverseFunnel.Poster;
using Microsoft.Playwright;

namespace DataverseFunnel.Browser.Tests.Support;

/// <summary>
/// NOT END TO END: answers the page's bowtie_GetBowtieMetrics call in the browser (Playwright routing) while the Custom API
/// is not in this branch, by the contract: the CLI's engine over the server's own export, only the journeys whose last
/// motion/campaign match, and the CLI's poster SVG.
/// </summary>
internal static class StandInMetricsApi
{
    public const string Route = "**/api/data/v9.2/bowtie_GetBowtieMetrics";

    public static Task Install(IPage page, DemoServer server) => page.RouteAsync(Route, async route =>
    {
        try
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json; odata.metadata=minimal", Body = Answer(route.Request.PostData, server) });
        }
        catch (Exception e) when (e is not PlaywrightException)
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 500, ContentType = "application/json", Body = JsonSerializer.Serialize(new { error = new { code = "0x0", message = "stand-in: " + e } }) });
        }
    });

    private static string Answer(string? post, DemoServer server)
    {
        using var request = JsonDocument.Parse(post ?? "{}");
        var body = request.RootElement;
        var from = DateOnly.FromDateTime(body.GetProperty("WindowFrom").GetDateTime());
        var to = DateOnly.FromDateTime(body.GetProperty("WindowTo").GetDateTime());
        var motion = body.TryGetProperty("Motion", out var m) ? m.GetString() : null;
        var campaign = body.TryGetProperty("Campaign", out var c) ? c.GetString() : null;
        var moves = ServerExport.Moves(server.Org);
        var last = moves.GroupBy(x => x.JourneyId).ToDictionary(g => g.Key, g => (
            Motion: g.LastOrDefault(x => !string.IsNullOrEmpty(x.Motion)).Motion, Campaign: g.LastOrDefault(x => !string.IsNullOrEmpty(x.Campaign)).Campaign));
        var kept = moves.Where(x => (motion is null || last[x.JourneyId].Motion == motion) && (campaign is null || last[x.JourneyId].Campaign == campaign));
        var csv = Path.Combine(Path.GetTempPath(), $"stand-in-{Guid.NewGuid():N}.csv");
        try
        {
            TransitionCsvWriter.Write(csv, kept);
            var metrics = TransitionCsvReader.Compute(csv, new MetricsOptions { From = from, To = to });
            return JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["@odata.context"] = "stand-in/$metadata#Microsoft.Dynamics.CRM.bowtie_GetBowtieMetricsResponse",
                ["MetricsJson"] = MetricsJsonWriter.ToJson(metrics),
                ["PosterSvg"] = PosterFile.ToSvg(metrics),
            });
        }
        finally
        {
            File.Delete(csv);
        }
    }
}
