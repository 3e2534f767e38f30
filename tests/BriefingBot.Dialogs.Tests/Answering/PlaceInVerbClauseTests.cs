using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// Of two places about as strong, the one in the clause of the question's verb answers, with no question back
/// (invented article).
/// </summary>
public sealed class PlaceInVerbClauseTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Surveyors Released After Weeks in Custody

        Two surveyors arrested in northern Chile in January have been released after weeks of talks, the company they work for said on Friday.
        Arrests of foreign surveyors by local police have become common in Bolivia in recent years, officials say.
        """));

    [Fact]
    public async Task The_place_after_the_verb_answers_without_asking_which()
    {
        var answer = (await _bot.AskAsync("a", "where were the surveyors arrested")).Split("\n\n")[0];
        Assert.Contains("Chile", answer);
        Assert.DoesNotContain("Bolivia", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
