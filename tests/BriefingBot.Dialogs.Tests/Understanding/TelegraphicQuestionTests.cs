using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A question typed as a bare noun phrase ("velka ransom amount") is asked as the question it stands for.</summary>
public sealed class TelegraphicQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Ransomware Attack Shuts Velka Port, Gang Demands $2 Million

        VELKA — Hackers shut the container port of Velka on Friday, the port authority said.
        The port's operator, Norvik Terminals, said the group had demanded a ransom of $2 million in bitcoin.
        """));

    [Fact]
    public async Task A_noun_phrase_ending_in_amount_asks_how_much()
    {
        var reply = (await _bot.AnswerAsync("velka ransom amount?")).ToLowerInvariant();
        Assert.DoesNotContain("does not cover", reply);
        Assert.Contains("2 million", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
