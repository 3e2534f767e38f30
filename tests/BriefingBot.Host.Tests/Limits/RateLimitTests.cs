using BriefingBot.Host.Tests.Infrastructure;
using BriefingBot.Middleware;

namespace BriefingBot.Host.Tests.Limits;

public sealed class RateLimitTests : IAsyncLifetime
{
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(("Bot:RateLimit:PermitsPerMinute", "3"));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_conversation_over_its_limit_gets_a_polite_reply_instead_of_an_answer()
    {
        for (var i = 0; i < 3; i++)
        {
            var answered = await _bot.AskAsync($"question {i}", "conv-fast");
            Assert.DoesNotContain(answered, r => (string?)r["text"] == ConversationRateLimitMiddleware.Reply);
        }

        var replies = await _bot.AskAsync("one more", "conv-fast");

        Assert.Equal(ConversationRateLimitMiddleware.Reply, (string?)Assert.Single(replies)["text"]);
    }

    [Fact]
    public async Task One_conversation_over_its_limit_does_not_slow_down_another()
    {
        for (var i = 0; i < 5; i++)
        {
            await _bot.AskAsync($"flood {i}", "conv-flooding");
        }

        var replies = await _bot.AskAsync("a calm question", "conv-calm");

        Assert.DoesNotContain(replies, r => (string?)r["text"] == ConversationRateLimitMiddleware.Reply);
        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task Joining_a_conversation_is_not_counted_against_its_limit()
    {
        for (var i = 0; i < 4; i++)
        {
            await _bot.PostForRepliesAsync(Activities.MembersAdded("conv-joins", $"user-{i}"));
        }

        var replies = await _bot.AskAsync("first question", "conv-joins");

        Assert.DoesNotContain(replies, r => (string?)r["text"] == ConversationRateLimitMiddleware.Reply);
    }
}
