using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A scene place's noun ("the Tarnby pupils") met by a sentence of the story set there lets that sentence lack one other
/// asked word ("wrong" for "twice the intended dose"), as when the missing word is the scene phrase's own; a question
/// asking "sentence" finds the story's "years in prison" though it holds no asked word
/// (invented article).
/// </summary>
public sealed class ScenePhraseNounMetTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Nurse Swaps Medicine Labels at School Clinic, Pupils Taken Ill

        TARNBY — Police in Tarnby have arrested a woman suspected of changing the labels on bottles at a school, officials said on Monday.
        By then three pupils had received twice the intended dose of a sleeping syrup for about 40 minutes.
        The school's director said she had never done anything wrong before.
        She faces charges of poisoning, which carry up to nine years in prison.
        Schools in Tarnby reopened on Tuesday.
        """, """
        Council Clerk Spared Jail Over Parking Fines

        OLDBRIDGE — A judge in Oldbridge gave a sentence of community service to a council clerk who kept parking fines, the court said on Friday.
        """));

    [Fact]
    public async Task The_scene_phrase_noun_met_lets_one_other_word_be_missing()
    {
        Assert.Contains("40 minutes", await _bot.AnsweredAsync("for how long were the tarnby pupils getting the wrong dose"));
    }

    [Fact]
    public async Task The_sentence_asked_ranks_the_prison_term_first()
    {
        Assert.Contains("nine years", await _bot.AnsweredAsync("whats the max sentence the tarnby clinic nurse could get"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
