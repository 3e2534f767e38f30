using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A question of two words, naming nothing, is covered by a sentence holding one of them and a WordNet synonym of the
/// other ("delayed" as "postpone"), over an invented article.
/// </summary>
public sealed class WordNetWordBesideOwnWordTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Yard Fire Hits Ferry Refit

        TARNBY — A fire at the Tarnby shipyard on Monday destroyed a workshop where new engines were being built, officials said.

        The operator said the blaze had forced it to postpone the return of its two ferries by at least six weeks.
        Nobody was hurt in the fire.
        """));

    [Fact]
    public async Task How_long_the_ferries_are_delayed_is_how_long_they_are_postponed()
    {
        Assert.Contains("six weeks", await _bot.AnswerAsync("how long will the ferries be delayed"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
