using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A question about what is still to happen prefers the sentence that speaks ahead over one about a past event of the same kind.</summary>
public sealed class AheadQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Ship Damages Power Cable Off Velka

        VELKA — A cargo ship damaged a power cable off Velka on Sunday, and the cable's operator said repairs would take at least six weeks.
        Last year, a cable in the same waters was damaged and took ten days to repair.
        The energy minister told parliament on Thursday that the government would build two backup cables.
        """));

    [Fact]
    public async Task A_day_that_is_already_over_does_not_say_when_something_will_happen()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("when will the backup cables be ready"));
    }

    [Fact]
    public async Task Will_prefers_the_sentence_that_speaks_ahead()
    {
        Assert.Contains("six weeks", await _bot.AnswerAsync("how long will it take to repair the cable"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
