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

    private string Ask(string question) => _bot.AskAsync(Guid.NewGuid().ToString("N"), question).Result.Split("\n\n")[0].ToLowerInvariant();

    [Fact]
    public void The_title_sets_the_story_in_its_place()
    {
        Assert.Contains("12", Ask("how many drones were in the swarm in the gulf of tarn"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
