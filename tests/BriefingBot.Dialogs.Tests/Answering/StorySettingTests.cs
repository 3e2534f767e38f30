using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A place the question puts its events in ("… in the Gulf of Tarn") is met by a sentence of an article whose title names it.</summary>
public sealed class StorySettingTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Drone Swarm Strikes Tankers in Gulf of Tarn

        VELKA — Two tankers were damaged in the Gulf of Tarn on Monday, the navy said.
        A swarm of 12 drones struck the tankers in the area, officials said.
        """));

    [Fact]
    public async Task The_title_sets_the_story_in_its_place()
    {
        Assert.Contains("12", await _bot.AnswerAsync("how many drones were in the swarm in the gulf of tarn"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
