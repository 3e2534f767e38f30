using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Where are the crew from" is answered by the place they are from, not by where they were flown or where the
/// navy spoke; where it spoke still answers "where did he talk to reporters".
/// </summary>
public sealed class OriginPlaceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Pirates Free Cargo Ship Off Velka

        VELKA — Pirates freed a cargo ship and its crew off the coast on Monday, the navy said.
        Its crew of 19, most of them from Tarnia, locked themselves in a safe room.
        The crew were flown to Korvik.
        "All 19 sailors are safe," Navy spokesman Piet Rolo told reporters in Lindau.
        """));

    [Fact]
    public async Task Where_the_crew_are_from_is_the_place_after_from()
    {
        var reply = await _bot.AnswerAsync("where are most of the crew from");
        Assert.Contains("Tarnia", reply.Split('\n')[0]);
        Assert.DoesNotContain("Korvik", reply);
    }

    [Fact]
    public async Task Where_the_words_were_told_answers_where_he_talked_to_reporters()
    {
        Assert.Contains("Rolo", await _bot.AskAsync("s", "who is the navy spokesman"));
        Assert.Contains("Lindau", await _bot.AskAsync("s", "where did he talk to reporters"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
