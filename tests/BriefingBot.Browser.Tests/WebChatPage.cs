using Microsoft.Playwright;

using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Browser.Tests;

/// <summary>The chat page as a user sees it: the send box, the bot's messages, a screenshot on request.</summary>
public sealed class WebChatPage : IAsyncDisposable
{
    /// <summary>Web Chat's send box.</summary>
    public const string SendBox = "[data-id='webchat-sendbox-input']";

    /// <summary>Set to a path (relative to the repository root) to save a screenshot of the conversation.</summary>
    public const string ScreenshotVariable = "BRIEFINGBOT_SCREENSHOT";

    private const string BotActivity =
        "article.webchat__basic-transcript__activity:has(.webchat__stacked-layout:not(.webchat__stacked-layout--from-user))";

    /// <summary>Wraps an open page.</summary>
    public WebChatPage(IPage page) => Page = page;

    /// <summary>The Playwright page.</summary>
    public IPage Page { get; }

    /// <summary>Every message the bot has shown, in order.</summary>
    public ILocator BotActivities => Page.Locator(BotActivity);

    /// <summary>Waits for the bot's first message (sent on join, before any question) and returns its text.</summary>
    public async Task<string> WaitForWelcomeAsync()
    {
        await BotActivities.First.WaitForAsync();
        return await BotActivities.First.InnerTextAsync();
    }

    /// <summary>Types a question, presses Enter, and returns the text of everything the bot showed in reply.</summary>
    public async Task<string> AskAsync(string question)
    {
        var before = await BotActivities.CountAsync();
        await Page.FillAsync(SendBox, question);
        await Page.PressAsync(SendBox, "Enter");
        await BotActivities.Nth(before).WaitForAsync();
        return string.Join("\n", (await BotActivities.AllInnerTextsAsync()).Skip(before));
    }

    /// <summary>Saves a screenshot when <see cref="ScreenshotVariable"/> is set, so ordinary runs never touch the tree.</summary>
    public async Task SaveScreenshotIfRequestedAsync()
    {
        var target = Environment.GetEnvironmentVariable(ScreenshotVariable);
        if (string.IsNullOrWhiteSpace(target)) return;
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Root, target) });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
