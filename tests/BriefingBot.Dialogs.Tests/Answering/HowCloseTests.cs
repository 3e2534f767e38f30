using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How close was the drone" asks a distance, as "how far" does, not when something closed (invented article).</summary>
public sealed class HowCloseTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Drone Sightings Close Tarnby Airport

        TARNBY — Tarnby Airport closed for two hours on Sunday after drone sightings, the airport said.
        The crew of an incoming ferry flight reported a drone about 200 metres off their right wing.
        The airport closed again on Monday night for four hours after a drone was seen near the runway.
        """));

    [Fact]
    public async Task How_close_asks_a_distance() => Assert.StartsWith("About 200 metres", await _bot.AnswerAsync("how close was the drone to the ferry flight"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
