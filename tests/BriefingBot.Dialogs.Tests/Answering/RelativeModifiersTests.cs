using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"A nearby bakery" places the noun beside something else; it does not tell which bakery it is (invented article).</summary>
public sealed class RelativeModifiersTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Burglars Empty Tarnby Coin Collection

        TARNBY — Burglars reached the roof of the Tarnby Coin Museum on Sunday night by a ladder left against a nearby bakery and took 300 gold coins.

        The museum's director, Ada Venn, said the alarm on the roof had been broken for a month.
        """, """
        Brenmoor Bridge Reopens

        BRENMOOR — The old stone bridge at Brenmoor reopened on Monday after repairs that lasted two years.
        """));

    [Fact]
    public async Task Which_bakery_is_not_told_by_a_nearby_one()
    {
        var reply = await _bot.AskAsync("a", "which bakery was the burglars' ladder left against");

        Assert.Contains("does not cover", reply);
    }

    [Fact]
    public async Task What_the_burglars_took_is_still_answered()
    {
        Assert.Contains("300 gold coins", await _bot.AnsweredAsync("how many coins did the burglars take from the museum"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
