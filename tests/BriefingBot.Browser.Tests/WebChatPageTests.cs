using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Browser.Tests;

/// <summary>The intranet Web Chat page in a real browser against the real host.</summary>
public sealed class WebChatPageTests : IClassFixture<WebChatBrowser>
{
    private readonly WebChatBrowser _browser;

    public WebChatPageTests(WebChatBrowser browser) => _browser = browser;

    [SkippableFact]
    public async Task The_page_loads_with_its_title_and_a_ready_send_box()
    {
        Skip.If(WebChatBrowser.WhyUnavailable is not null, WebChatBrowser.WhyUnavailable);

        await using var chat = await _browser.OpenAsync();

        Assert.Equal("BriefingBot", await chat.Page.TitleAsync());
        Assert.Equal("BriefingBot", await chat.Page.Locator("h1").InnerTextAsync());
        await chat.Page.Locator(WebChatPage.SendBox).WaitForAsync();
        Assert.True(await chat.Page.Locator("#status").IsHiddenAsync(), await chat.Page.Locator("#status").InnerTextAsync());
    }

    [SkippableFact]
    public async Task The_welcome_appears_before_the_first_question()
    {
        Skip.If(WebChatBrowser.WhyUnavailable is not null, WebChatBrowser.WhyUnavailable);

        await using var chat = await _browser.OpenAsync();
        var welcome = await chat.WaitForWelcomeAsync();

        Assert.Contains("I answer questions about your briefings", welcome);
        Assert.Equal(1, await chat.BotActivities.CountAsync());
    }

    [SkippableFact]
    public async Task A_question_the_briefing_answers_shows_the_answer_with_its_source()
    {
        Skip.If(WebChatBrowser.WhyUnavailable is not null, WebChatBrowser.WhyUnavailable);
        await using var chat = await _browser.OpenAsync();
        await chat.WaitForWelcomeAsync();

        var answer = await chat.AskAsync("when did the Mosul battle begin?");
        await chat.SaveScreenshotIfRequestedAsync();

        Assert.Contains("October", answer);
        Assert.Contains(Repository.BundledArticleTitle(), answer);
    }

    [SkippableFact]
    public async Task A_question_the_briefing_cannot_answer_is_refused_clearly()
    {
        Skip.If(WebChatBrowser.WhyUnavailable is not null, WebChatBrowser.WhyUnavailable);
        await using var chat = await _browser.OpenAsync();
        await chat.WaitForWelcomeAsync();

        var answer = await chat.AskAsync("What is the weather in Baghdad?");

        Assert.Contains("does not cover", answer, StringComparison.OrdinalIgnoreCase);
    }
}
