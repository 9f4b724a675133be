using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace DataverseFunnel.Browser.Tests.Support;

/// <summary>The poster web resource in a signed-in browser, driven as a keyboard or screen-reader user would find it: by labels and roles.</summary>
internal sealed class PosterPage : IAsyncDisposable
{
    /// <summary>The Custom API's URL, as a Playwright route pattern.</summary>
    public const string ApiPattern = "**/api/data/v9.2/bowtie_GetBowtieMetrics";

    private readonly IBrowserContext context;

    private PosterPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Every answer the page got from bowtie_GetBowtieMetrics: where it came from and its status.</summary>
    public List<(string Url, int Status)> ApiAnswers { get; } = new();

    /// <summary>Signs in through the server's /signin link, which redirects to the web resource; waits for its first answer.</summary>
    public static async Task<PosterPage> Open(ChromiumBrowser browser, DemoServer server, Func<IPage, Task>? beforeSignIn = null)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var poster = new PosterPage(context, page);
        page.Response += (_, answer) =>
        {
            if (answer.Url.EndsWith("/api/data/v9.2/bowtie_GetBowtieMetrics", StringComparison.Ordinal)) poster.ApiAnswers.Add((answer.Url, answer.Status));
        };
        if (beforeSignIn is not null) await beforeSignIn(page);
        var response = await page.GotoAsync(server.SignInLink());
        Assert.True(response is { Ok: true }, $"the web resource did not open: {response?.Status}");
        Assert.EndsWith(DemoServer.PosterPath, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await poster.Settled();
        return poster;
    }

    /// <summary>Sets the window (and motion or campaign, when given) and presses the button.</summary>
    public async Task Show(DateOnly from, DateOnly to, string? motion = null, string? campaign = null)
    {
        await Page.GetByLabel("From", new() { Exact = true }).FillAsync(Day(from));
        await Page.GetByLabel("To", new() { Exact = true }).FillAsync(Day(to));
        if (motion is not null) await Page.GetByLabel("Motion", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = motion });
        if (campaign is not null) await Page.GetByLabel("Campaign", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = campaign });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show the bowtie" }).ClickAsync();
        await Settled();
    }

    /// <summary>Stage and volume of each row of the accessible table, as its row headers and first cells read.</summary>
    public async Task<IReadOnlyList<(string Stage, int Volume)>> StageVolumes()
    {
        var rows = NumbersTable.Locator("tbody").GetByRole(AriaRole.Row);
        var result = new List<(string, int)>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            var stage = await row.GetByRole(AriaRole.Rowheader).InnerTextAsync();
            var volume = await row.GetByRole(AriaRole.Cell).First.InnerTextAsync();
            result.Add((stage.Trim(), int.Parse(volume.Trim(), NumberStyles.None, CultureInfo.InvariantCulture)));
        }

        return result;
    }

    public ILocator NumbersTable => Page.GetByRole(AriaRole.Table, new() { Name = "Bowtie numbers" });

    public Task<IReadOnlyList<string>> MotionChoices() =>
        Page.GetByLabel("Motion", new() { Exact = true }).Locator("option").AllInnerTextsAsync();

    public Task<string> FailureText() => Page.GetByRole(AriaRole.Alert).InnerTextAsync();

    public Task<string> State() => Page.EvaluateAsync<string>("() => document.body.dataset.state");

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    /// <summary>Waits until the call in flight has been answered and shown (or its failure shown), and the busy flag is down.</summary>
    public async Task Settled()
    {
        try
        {
            await Page.WaitForFunctionAsync(
                "() => ['ready', 'failed'].includes(document.body.dataset.state) && document.getElementById('results').getAttribute('aria-busy') === 'false'");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"the page did not settle; it shows: {await Page.Locator("body").InnerTextAsync()}", e);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
