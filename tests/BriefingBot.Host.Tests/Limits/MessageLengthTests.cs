using BriefingBot.Host.Tests.Infrastructure;

namespace BriefingBot.Host.Tests.Limits;

public sealed class MessageLengthTests : IAsyncLifetime
{
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync(("Bot:MaxMessageLength", "40"));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_message_over_the_limit_gets_one_polite_reply_that_does_not_repeat_it()
    {
        var text = "why" + new string('?', 38);

        var replies = await _bot.AskAsync(text, "conv-too-long");

        var reply = (string?)Assert.Single(replies)["text"];
        Assert.Contains("too long", reply);
        Assert.Contains("40", reply);
        Assert.DoesNotContain(text, reply);
    }

    [Fact]
    public async Task A_message_exactly_at_the_limit_goes_to_the_bot()
    {
        var text = "who" + new string('?', 37);

        var replies = await _bot.AskAsync(text, "conv-at-limit");

        Assert.DoesNotContain(replies, r => ((string?)r["text"] ?? "").Contains("too long"));
        Assert.NotEmpty(replies);
    }
}

public sealed class DefaultMessageLengthTests : IAsyncLifetime
{
    private RunningBot _bot = null!;

    public async Task InitializeAsync() => _bot = await RunningBot.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Theory]
    [InlineData(2000, false)]
    [InlineData(2001, true)]
    public async Task The_default_limit_is_two_thousand_characters(int length, bool turnedAway)
    {
        var replies = await _bot.AskAsync(new string('a', length), $"conv-default-{length}");

        Assert.Equal(turnedAway, replies.Any(r => ((string?)r["text"] ?? "").Contains("too long")));
    }
}
