using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How long did it take" wants a length of time: a "since …" date answers only "how long has it been …".</summary>
public sealed class SpanNotSinceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Miners Dig Out Trapped Colleagues

        Rescuers said the foreman organised the digging from the old shaft, where he had worked since 2019.
        """));

    [Fact]
    public async Task How_long_did_it_take_is_no_since_date()
    {
        Assert.DoesNotContain("2019", await _bot.AnswerAsync("how long did the digging take"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task How_long_has_it_been_takes_a_since_date()
    {
        Assert.Contains("2019", await _bot.AnswerAsync("how long has the foreman worked at the old shaft"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
