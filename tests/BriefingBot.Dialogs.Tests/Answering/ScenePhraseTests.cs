using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A scene place before a noun ("the Orvik suspect", "the Orvik water ban") names the story's thing, which a sentence of
/// the story set there may call otherwise ("the engineer", "the order"): that one word may be missing when the sentence
/// holds two other asked words; a title after the place ("the Orvik mayor") must stand in the sentence (invented article).
/// </summary>
public sealed class ScenePhraseTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Engineer Held After Chemical Spill at River Plant

        ORVIK — Police in Orvik have arrested an engineer suspected of tampering with the town's river pumping station, officials said on Friday.
        The engineer had asked the town for 80,000 euros in unpaid fees before the spill.
        Volunteers handed out about 9,000 bottles of water while the order stayed in force.
        Mayor Lina Brask said the town had been lucky.
        Governor Edda Holm said the flood damage would be repaired by spring.
        A judge in Orvik ordered the engineer held for 30 days.
        """));

    [Fact]
    public async Task The_scene_phrase_may_be_the_one_word_the_sentence_lacks()
    {
        Assert.Contains("9,000", await _bot.AnsweredAsync("how many bottles of water were handed out during the orvik water ban"));
    }

    [Fact]
    public async Task The_scene_place_may_modify_the_person_asked_about()
    {
        Assert.Contains("80,000", await _bot.AnsweredAsync("how much money did the orvik suspect ask for"));
    }

    [Fact]
    public async Task A_title_after_the_scene_place_must_stand_in_the_sentence()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("what did the orvik mayor say about the flood damage"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
