using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace DataverseFunnel.Browser.Tests.Support;

/// <summary>One headless system Chromium per test class, launched on first use (so a machine without it skips instead of failing setup).</summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A fresh context (its own cookies and routes) at a dashboard-sized viewport.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var path = Chromium.Require();
        await gate.WaitAsync();
        try
        {
            playwright ??= await Playwright.CreateAsync();
            browser ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true });
        }
        finally
        {
            gate.Release();
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 }, Locale = "en-US", TimezoneId = "UTC" });
        // CI runs every test project at once on two cores: waits are bounded, but not by Playwright's 30 s default.
        context.SetDefaultTimeout(90_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        gate.Dispose();
    }
}
