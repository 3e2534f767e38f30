using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// Which places of a question its story's scene may meet: one that sets the events (also in a who-question: "the inquiry
/// into the … drones") or names what the question is about ("the … closure"), never one that qualifies a thing
/// ("Velkistan's minister"), whose thing must stand in the sentence (invented article).
/// </summary>
public sealed class AskedScenesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Drones Halt Flights on Two Nights

        GRENBY — Police have detained two men suspected of flying drones over Marrow Field Airport in Velkistan, officials said on Wednesday.
        The first closure began at 6 p.m. on Sunday, when a pilot reported a drone with flashing lights.
        Inspector Lena Vosk, who leads the inquiry for the national police, said phone data placed both men near the runway.
        Norland's Transport Minister, Ivo Darn, was appointed in May and has promised new rules.
        The men were arrested on Tuesday, and flights at Marrow Field Airport and across Velkistan returned to normal.
        """));

    [Fact]
    public async Task A_place_naming_what_is_asked_about_is_met_by_the_scene()
    {
        Assert.Contains("sunday", await _bot.AnsweredAsync("when did the marrow field airport closure begin"));
    }

    [Fact]
    public async Task A_who_question_may_find_a_place_that_sets_its_events_in_the_scene()
    {
        Assert.Contains("vosk", await _bot.AnsweredAsync("who is running the police inquiry into the marrow field airport drones"));
    }

    [Fact]
    public async Task A_who_question_may_find_a_place_naming_its_thing_in_the_scene()
    {
        Assert.Contains("vosk", await _bot.AnsweredAsync("who is leading the marrow field airport drone inquiry"));
    }

    [Fact]
    public async Task A_place_qualifying_a_thing_must_stand_in_the_sentence()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("when was velkistan's transport minister appointed"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
