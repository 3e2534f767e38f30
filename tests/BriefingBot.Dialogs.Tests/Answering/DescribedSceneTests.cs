using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A place asked about only by its noun ("the prison") that is the story's scene need not be named again: a sentence of
/// the story set in Old Mill Prison meets the question without saying "prison"; one of another story does not (invented articles).
/// </summary>
public sealed class DescribedSceneTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Eleven Inmates Tunnel Out of Old Mill Prison

        TARNBY — Eleven inmates escaped from Old Mill Prison overnight through a tunnel dug under the laundry, officials said on Monday.

        The tunnel came out beyond the north wall, near a road where a car was waiting.

        Officials said the cameras covering that stretch of the wall had been out of order since March because a repair contract had lapsed.
        """, """
        Museum Cameras Fail Before Painting Theft

        OSTBY — Thieves took a painting from the Ostby Art Museum on Sunday night, officials said.

        Guards said the cameras covering the east wall had been out of order since May because a repair contract had lapsed.
        """));

    [Fact]
    public void The_prison_of_a_story_set_in_it_is_met_by_a_sentence_that_does_not_say_prison()
    {
        Assert.True(Ranked("out of order since March").MeetsConstraints);
    }

    [Fact]
    public void The_prison_is_not_met_by_a_sentence_of_a_story_set_elsewhere()
    {
        Assert.False(Ranked("out of order since May").MeetsConstraints);
    }

    private RankedSentence Ranked(string text)
    {
        var message = _bot.Service<QuestionUnderstanding>().Understand("why did the cameras by the prison wall not work", new ConversationMemory());
        return _bot.Service<SentenceRanker>().Rank(message, null).First(r => r.Sentence.Text.Contains(text));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
