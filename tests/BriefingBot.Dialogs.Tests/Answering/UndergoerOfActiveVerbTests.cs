using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Who got suspended" of "Minister Ann Roe suspended the commander, Colonel Jon Dale": the one named doing the verb is
/// not who underwent it (invented article).
/// </summary>
public sealed class UndergoerOfActiveVerbTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Rifles Stolen From Tarnby Barracks

        TARNBY — Thieves have stolen 40 rifles from an army barracks in Tarnby, the defence ministry said on Monday.

        Defence Minister Ann Roe suspended the barracks commander, Colonel Jon Dale, and said the guard had been cut by half.
        """));

    [Theory]
    [InlineData("who got suspended over the tarnby theft?")]
    [InlineData("which officer was suspended over the rifle theft?")]
    public async Task The_one_suspended_is_answered_not_the_one_suspending(string question)
    {
        var answer = await _bot.AnswerAsync(question);
        Assert.Contains("Jon Dale", answer);
        Assert.DoesNotContain("Ann Roe", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
