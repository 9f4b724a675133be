using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using DataverseFunnel.Browser.Tests.Support;
using Microsoft.Playwright;

namespace DataverseFunnel.Browser.Tests;

/// <summary>
/// The poster page used with the keyboard alone, and scanned by axe-core for WCAG 2.x A/AA violations (contrast, labels,
/// roles) with its numbers shown and with its failure message shown.
/// </summary>
[Collection(PosterPageCollection.Name)]
public sealed class AccessibilityTests
{
    private static readonly List<string> WcagAA = new() { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa" };

    private readonly DemoServer server;
    private readonly ChromiumBrowser browser;

    public AccessibilityTests(DemoServer server, ChromiumBrowser browser)
    {
        this.server = server;
        this.browser = browser;
    }

    [SkippableFact]
    public async Task With_the_keyboard_alone_a_user_picks_the_window_and_a_motion_and_gets_its_numbers()
    {
        await using var poster = await PosterPage.Open(browser, server);
        var keyboard = poster.Page.Keyboard;

        // Tab order from the top of the page: From, To (a date field is one stop per part: month, day, year), Motion,
        // Campaign, the button.
        var order = new List<string>();
        for (var i = 0; i < 12 && order.LastOrDefault() != "show"; i++)
        {
            await keyboard.PressAsync("Tab");
            var id = await poster.Page.EvaluateAsync<string>("() => document.activeElement.id");
            if (order.LastOrDefault() != id) order.Add(id);
        }

        Assert.Equal(new[] { "from", "to", "motion", "campaign", "show" }, order);
        Assert.Equal("solid", await poster.Page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));

        await poster.Page.Locator("#from").FocusAsync(); // back to the first field, then through the form by keys alone
        var trail = new List<string>();
        async Task<string> Focused() => await poster.Page.EvaluateAsync<string>("() => document.activeElement.id");
        async Task Type(string text)
        {
            await keyboard.TypeAsync(text);
            trail.Add($"{text}→{await Focused()}");
        }

        // Tab until the next field has focus (a date field takes several Tab stops).
        async Task NextField()
        {
            var from = await Focused();
            for (var i = 0; i < 6 && await Focused() == from; i++) await keyboard.PressAsync("Tab");
            trail.Add($"Tab→{await Focused()}");
        }

        await Type("07012025"); // the en-US date field: month, day, year
        await NextField();
        await Type("12312026");
        await NextField();
        await Type("Outbound"); // a select's type-ahead
        await NextField();
        await NextField();
        await keyboard.PressAsync("Enter");
        await poster.Settled();

        Assert.True(("2025-07-01", "2026-12-31", "Outbound") == (
            await poster.Page.Locator("#from").InputValueAsync(), await poster.Page.Locator("#to").InputValueAsync(), await poster.Page.Locator("#motion").InputValueAsync()),
            string.Join(" ", trail));
        using var cli = JsonDocument.Parse(server.CliMetricsJson(PosterPageTests.From, PosterPageTests.To));
        Assert.Equal(PosterPageTests.Volumes(cli.RootElement.GetProperty("byMotion").GetProperty("Outbound")), await poster.StageVolumes());
        Assert.Contains("Showing", await poster.Page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Axe_finds_no_WCAG_AA_violation_with_the_numbers_shown()
    {
        await using var poster = await PosterPage.Open(browser, server);
        await poster.Show(PosterPageTests.From, PosterPageTests.To);

        AssertNoViolations(await poster.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagAA } }));
    }

    [SkippableFact]
    public async Task Axe_finds_no_WCAG_AA_violation_with_the_failure_shown()
    {
        await using var poster = await PosterPage.Open(browser, server, PrivilegeDenied.Route);

        Assert.Equal("failed", await poster.State());
        AssertNoViolations(await poster.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagAA } }));
    }

    private static void AssertNoViolations(AxeResult result)
    {
        Assert.NotEmpty(result.Passes); // the scan ran its rules
        Assert.True(result.Violations.Length == 0, string.Join(Environment.NewLine,
            result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")));
    }
}
