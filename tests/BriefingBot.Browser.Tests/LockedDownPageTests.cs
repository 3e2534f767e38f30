using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Browser.Tests;

/// <summary>The page against a host whose Direct Line is locked down by a secret.</summary>
public sealed class LockedDownPageTests : IClassFixture<WebChatBrowser>, IAsyncLifetime
{
    private const string Secret = "page-test-secret";
    private readonly WebChatBrowser _browser;
    private RunningBot? _lockedDown;

    public LockedDownPageTests(WebChatBrowser browser) => _browser = browser;

    public async Task InitializeAsync()
    {
        if (WebChatBrowser.WhyUnavailable is null) _lockedDown = await RunningBot.StartAsync(("DirectLine:Secret", Secret));
    }

    public async Task DisposeAsync()
    {
        if (_lockedDown is not null) await _lockedDown.DisposeAsync();
    }

    [SkippableFact]
    public async Task Without_a_token_the_page_explains_that_the_chat_is_locked()
    {
        Skip.If(WebChatBrowser.WhyUnavailable is not null, WebChatBrowser.WhyUnavailable);

        await using var chat = await _browser.OpenAsync(_lockedDown!.Address.ToString());

        await chat.Page.Locator("#status").WaitForAsync();
        Assert.Contains("locked down", await chat.Page.Locator("#status").InnerTextAsync());
    }

    [SkippableFact]
    public async Task With_a_token_from_the_portal_the_page_connects_and_is_welcomed()
    {
        Skip.If(WebChatBrowser.WhyUnavailable is not null, WebChatBrowser.WhyUnavailable);
        using var generate = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        generate.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var response = await _lockedDown!.Http.SendAsync(generate);
        var token = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["token"]!;

        await using var chat = await _browser.OpenAsync($"{_lockedDown.Address}#token={token}");

        Assert.Contains("I answer questions about your briefings", await chat.WaitForWelcomeAsync());
    }
}
