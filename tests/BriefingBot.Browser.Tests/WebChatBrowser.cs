using BriefingBot.Host.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BriefingBot.Browser.Tests;

/// <summary>
/// The real host plus Debian's Chromium driven by Playwright, shared by a test class. Playwright's own browser
/// download is never used: the system Chromium is launched by path.
/// </summary>
public sealed class WebChatBrowser : IAsyncLifetime
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private RunningBot? _bot;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? WhyUnavailable
        => !File.Exists(ChromiumPath)
            ? $"Browser tests need Chromium at {ChromiumPath}, which is missing: install it with `apt-get install -y chromium` (.ci/run does)."
            : !File.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot", "lib", "webchat.js"))
                ? "Browser tests need the Web Chat bundle, which the build fetches with npm: install npm and rebuild (.ci/run does)."
                : null;

    /// <summary>Starts the host and the browser (nothing when Chromium is missing).</summary>
    public async Task InitializeAsync()
    {
        if (WhyUnavailable is not null) return;
        _bot = await RunningBot.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = new[]
            {
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            },
        });
    }

    /// <summary>The host the page is served from.</summary>
    public RunningBot Bot => _bot!;

    /// <summary>Opens the chat page of this fixture's host (or of <paramref name="address"/>) in a fresh browser context.</summary>
    public async Task<WebChatPage> OpenAsync(string? address = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 720 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(address ?? _bot!.Address.ToString());
        return new WebChatPage(page);
    }

    /// <summary>Closes the browser and stops the host.</summary>
    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_bot is not null) await _bot.DisposeAsync();
    }
}
