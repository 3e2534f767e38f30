using System.Net;
using System.Text;
using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Host.Tests;

public sealed class HostTests : IAsyncLifetime
{
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Health_endpoint_answers_ok()
    {
        using var response = await _bot.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_message_posted_to_api_messages_gets_a_reply_to_that_conversation()
    {
        var replies = await _bot.AskAsync("hello", conversationId: "conv-answered");

        var reply = Assert.Single(replies.Where(r => (string?)r["type"] == "message").Take(1));
        Assert.Equal("conv-answered", (string?)reply["conversation"]?["id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)reply["text"]));
    }

    [Fact]
    public async Task Adding_a_user_gets_a_welcome_with_example_questions()
    {
        var replies = await _bot.PostForRepliesAsync(Activities.MembersAdded("conv-welcome", "user-1"));

        var welcome = Assert.Single(replies);
        var text = (string?)welcome["text"] ?? "";
        var examples = welcome["suggestedActions"]?["actions"]?.AsArray().Select(a => (string?)a?["value"]).ToList() ?? new();
        Assert.Contains("briefing", text, StringComparison.OrdinalIgnoreCase);
        Assert.True(examples.Count >= 2, $"The welcome should offer two example questions as buttons: {welcome}");
        Assert.All(examples.Take(2), e => Assert.Contains(e!, text));
    }

    [Fact]
    public async Task Adding_only_the_bot_itself_gets_no_welcome()
    {
        var replies = await _bot.PostForRepliesAsync(Activities.MembersAdded("conv-bot-only", "briefingbot"));

        Assert.Empty(replies);
    }

    [Fact]
    public async Task Malformed_json_gets_a_client_error_and_the_next_request_is_answered()
    {
        using var bad = await _bot.Http.PostAsync("/api/messages",
            new StringContent("{\"type\":\"mess", Encoding.UTF8, "application/json"));

        Assert.True((int)bad.StatusCode is >= 400 and < 500, $"Expected 4xx, got {(int)bad.StatusCode}");
        var replies = await _bot.AskAsync("hello", conversationId: "conv-after-bad");
        Assert.NotEmpty(replies);
    }
}
