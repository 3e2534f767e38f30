using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"A reward of 20,000 euros" is a reward: it does not tell what a thing was insured or valued for (invented article).</summary>
public sealed class PaymentNamedBeforeTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Silver Vase Stolen From Brenmoor Manor

        BRENMOOR — A silver vase was stolen from Brenmoor Manor on Saturday while the house was closed for the winter.

        The manor's insurer, Holm Mutual, has put up a reward of 20,000 euros for information that leads to the vase.

        In a letter to the owners, the thieves demanded a ransom of 9,000 euros for its return.
        """, """
        Tarnby Ferry Delayed

        TARNBY — The morning ferry from Tarnby sailed four hours late on Monday after a fault in its engine.
        """));

    [Fact]
    public async Task What_it_was_insured_for_is_not_the_reward()
    {
        var reply = await _bot.AskAsync("a", "how much was the silver vase insured for");

        Assert.Contains("does not cover", reply);
    }

    [Fact]
    public async Task The_reward_is_still_answered()
    {
        Assert.Contains("20,000 euros", await _bot.AnsweredAsync("how much is the reward for the silver vase"));
    }

    [Fact]
    public async Task What_the_insurer_put_up_is_still_answered()
    {
        Assert.Contains("20,000 euros", await _bot.AnsweredAsync("how much did the insurer put up for the vase"));
    }

    [Fact]
    public async Task A_synonym_of_the_verb_that_names_the_payment_still_asks_it()
    {
        Assert.Contains("9,000 euros", await _bot.AnsweredAsync("how much did the thieves ask for the vase"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
