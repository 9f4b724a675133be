using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using DataverseFunnel.Browser.Tests.Support;
using DataverseFunnel.InMemory.Solutions;
using Microsoft.Playwright;
using Microsoft.Xrm.Sdk;
using Xunit.Abstractions;

namespace DataverseFunnel.Browser.Tests;

/// <summary>
/// The poster web resource opened from `funnel serve --demo` in headless Chromium, signed in through the server's /signin
/// link, calling the real Custom API bowtie_GetBowtieMetrics through the server: its numbers against `funnel metrics` on
/// the same data, the motion filter against the CLI's by-motion group, the failure messages, and the screenshot for README.
/// </summary>
[Collection(PosterPageCollection.Name)]
public sealed class PosterPageTests
{
    // The demo's journeys are created from 2025-06-30 to 2026-12-23: a window that holds nearly all of them.
    internal static readonly DateOnly From = new(2025, 7, 1);
    internal static readonly DateOnly To = new(2026, 12, 31);

    private readonly DemoServer server;
    private readonly ChromiumBrowser browser;
    private readonly ITestOutputHelper log;

    public PosterPageTests(DemoServer server, ChromiumBrowser browser, ITestOutputHelper log)
    {
        this.server = server;
        this.browser = browser;
        this.log = log;
    }

    [SkippableFact]
    public async Task The_seven_stage_volumes_on_the_page_equal_funnel_metrics_on_the_same_data()
    {
        await using var poster = await PosterPage.Open(browser, server);

        await poster.Show(From, To);

        using var cli = JsonDocument.Parse(server.CliMetricsJson(From, To));
        var expected = Volumes(cli.RootElement.GetProperty("stages"));
        var shown = await poster.StageVolumes();
        Assert.Equal(7, shown.Count);
        Assert.Equal(expected, shown);
        Assert.True(shown[0].Volume > shown[6].Volume, "the demo's funnel narrows: a test on equal rows would prove little");
        Assert.Contains(cli.RootElement.GetProperty("weakest").GetProperty("sentence").GetString()!, await poster.Page.Locator("#weakest").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await poster.Page.Locator("#poster svg[role='img']").CountAsync());
        Assert.Equal("ready", await poster.State());
        // Answered by the Custom API through the server the page came from (relative to its client URL), not by a route.
        Assert.Equal((new Uri(server.Server.BaseAddress, "api/data/v9.2/bowtie_GetBowtieMetrics").ToString(), 200), poster.ApiAnswers[^1]);
    }

    [SkippableFact]
    public async Task Changing_the_motion_filter_shows_the_CLIs_by_motion_group_for_that_motion()
    {
        await using var poster = await PosterPage.Open(browser, server);
        await poster.Show(From, To);
        var all = await poster.StageVolumes();
        using var cli = JsonDocument.Parse(server.CliMetricsJson(From, To));
        var byMotion = cli.RootElement.GetProperty("byMotion");
        Assert.Equal(new[] { "All motions" }.Concat(byMotion.EnumerateObject().Select(p => p.Name)), await poster.MotionChoices());

        foreach (var motion in byMotion.EnumerateObject())
        {
            await poster.Show(From, To, motion.Name);

            var shown = await poster.StageVolumes();
            Assert.Equal(Volumes(motion.Value), shown);
            Assert.NotEqual(all, shown);
            Assert.Contains($"({motion.Name} motion)", await poster.NumbersTable.Locator("caption").InnerTextAsync(), StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Choosing_a_campaign_shows_the_CLIs_by_campaign_group_for_it()
    {
        await using var poster = await PosterPage.Open(browser, server);
        await poster.Show(From, To);
        using var cli = JsonDocument.Parse(server.CliMetricsJson(From, To));
        // The campaign with the most journeys: a group large enough to differ from the whole at several stages.
        var campaign = cli.RootElement.GetProperty("byCampaign").EnumerateObject().OrderByDescending(p => p.Value[0].GetProperty("volume").GetInt32()).First();

        await poster.Show(From, To, campaign: campaign.Name);

        Assert.Equal(Volumes(campaign.Value), await poster.StageVolumes());
        Assert.Contains($"(campaign {campaign.Name})", await poster.NumbersTable.Locator("caption").InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Routed_403_A_caller_without_read_on_journeys_is_told_to_ask_their_admin()
    {
        Func<int> calls = null!;
        await using var poster = await PosterPage.Open(browser, server, async page => calls = await PrivilegeDenied.Route(page));

        Assert.Equal("failed", await poster.State());
        var message = await poster.FailureText();
        Assert.Contains("permission to read journeys", message, StringComparison.Ordinal);
        Assert.Contains("Ask your administrator", message, StringComparison.Ordinal);
        Assert.Contains(PrivilegeDenied.Code, message, StringComparison.Ordinal);
        Assert.False(await poster.NumbersTable.IsVisibleAsync());
        Assert.Equal(1, calls());
    }

    [SkippableFact]
    public async Task Another_failure_shows_the_platforms_own_message()
    {
        // A real refusal of the Custom API: an admin's invalid current value of the conversion targets variable.
        var service = server.Org.CreateService();
        var value = service.Create(new Entity("environmentvariablevalue")
        {
            ["schemaname"] = "bowtie_ConversionTargets",
            ["value"] = "{ not json",
            ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition", SolutionEnvironmentVariables.IdFor("bowtie_ConversionTargets")),
        });
        try
        {
            await using var poster = await PosterPage.Open(browser, server);

            Assert.Equal("failed", await poster.State());
            var message = await poster.FailureText();
            Assert.Contains("The bowtie could not be loaded: ", message, StringComparison.Ordinal);
            Assert.Contains("bowtie_ConversionTargets", message, StringComparison.Ordinal);
            Assert.Contains("0x80040265", message, StringComparison.Ordinal);
            Assert.DoesNotContain("permission", message, StringComparison.Ordinal);
        }
        finally
        {
            service.Delete("environmentvariablevalue", value);
        }
    }

    [SkippableFact]
    public async Task A_screenshot_of_the_poster_page_is_written()
    {
        await using var poster = await PosterPage.Open(browser, server);
        await poster.Show(From, To);

        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", "bowtie-dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var png = await poster.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        Assert.True(png.Length > 10_000, $"a {png.Length}-byte screenshot is too small to show the poster");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png.Take(4));
        log.WriteLine($"screenshot: {path}");
        // README's copy is refreshed on request only, so a test run never dirties the checkout.
        if (Environment.GetEnvironmentVariable("FUNNEL_UPDATE_SCREENSHOT") == "1")
        {
            File.Copy(path, Path.Combine(RepositoryScreenshots(), "bowtie-dashboard.png"), overwrite: true);
        }
    }

    internal static (string Stage, int Volume)[] Volumes(JsonElement stages) =>
        stages.EnumerateArray().Select(s => (s.GetProperty("stage").GetString()!, s.GetProperty("volume").GetInt32())).ToArray();

    private static string RepositoryScreenshots()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "Tests", "Browser.Tests", "Screenshots");
            if (Directory.Exists(candidate)) return candidate;
        }

        throw new DirectoryNotFoundException("Tests/Browser.Tests/Screenshots not found above the test output");
    }
}
