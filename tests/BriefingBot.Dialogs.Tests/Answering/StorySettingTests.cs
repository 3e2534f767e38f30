using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A place the question puts its events in is met by a sentence of an article set there: one its title names ("… in the
/// Gulf of Tarn", or "off Tarn" for it), or one its lede names and a later sentence names again, when the sentence holds
/// every other asked word (invented articles).
/// </summary>
public sealed class StorySettingTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Drone Swarm Strikes Tankers in Gulf of Tarn

        VELKA — Two tankers were damaged in the Gulf of Tarn on Monday, the navy said.
        The tankers were attacked some 80 miles east of Tarn, a port in Velkistan.
        A swarm of 12 drones struck the tankers in the area, officials said.
        """, """
        Drones Halt Flights on Two Nights

        GRENBY — Police have detained two men suspected of flying drones over Marrow Field Airport, officials said on Wednesday.
        The first closure began at 6 p.m. on Sunday, when a pilot reported a drone with flashing lights.
        The men were arrested on Tuesday, and flights at Marrow Field Airport returned to normal.
        """));

    [Fact]
    public async Task The_title_sets_the_story_in_its_place()
    {
        Assert.Contains("12", await _bot.AnsweredAsync("how many drones were in the swarm in the gulf of tarn"));
    }

    [Fact]
    public async Task A_place_named_by_part_of_the_title_place_is_met_by_the_story()
    {
        Assert.Contains("12", await _bot.AnsweredAsync("how many drones were in the swarm off tarn"));
    }

    [Fact]
    public async Task A_place_the_lede_names_and_the_story_names_again_sets_the_story()
    {
        Assert.Contains("sunday", await _bot.AnsweredAsync("when did the first closure at marrow field airport begin"));
    }

    [Fact]
    public async Task A_sentence_of_the_story_missing_an_asked_word_is_refused()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("when did the first closure at marrow field airport end"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
