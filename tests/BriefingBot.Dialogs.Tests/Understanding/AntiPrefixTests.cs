using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>"Anti" only says what a thing is against: an "anti-drone system" is a system against drones, whatever word the article uses for it.</summary>
public sealed class AntiPrefixTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Drones Shut Karvik Airport

        Drones shut Karvik Airport for six hours on Monday night.
        Karvik Airport has no system of its own to detect or bring down drones.
        """));

    [Fact]
    public async Task An_anti_drone_system_is_a_system_against_drones()
    {
        Assert.Contains("no system of its own", await _bot.AskAsync("a", "does karvik airport have its own anti-drone system"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
