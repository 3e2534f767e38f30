using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "It" meaning a thing that no sentence telling the asked fact names: the fact is looked for in the story of the thing
/// in focus, over the real articles (the store must know the thing by name for "it" to mean it).
/// </summary>
public sealed class FollowUpInStoryOfFocusTests : IDisposable
{
    private readonly BotUnderTest _bot = new();

    [Fact]
    public async Task When_did_it_begin_after_an_exercise_is_answered_by_the_sentence_of_its_story_that_dates_the_beginning()
    {
        Assert.Contains("naval exercise", await _bot.AskAsync("a", "tell me about northern shield"));
        var headline = (await _bot.AskAsync("a", "when did it begin")).Split('\n')[0];
        Assert.Contains("17 November", headline);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
