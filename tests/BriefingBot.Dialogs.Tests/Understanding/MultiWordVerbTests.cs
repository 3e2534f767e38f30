using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A verb of two words no article uses, read as the plainer verb it means, over an invented article.</summary>
public sealed class MultiWordVerbTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Clerk Held Over Pump Settings

        Police detained a 30-year-old clerk on Monday over changes to the settings of hospital pumps.
        Police believe he changed the settings because he wanted to prove the flaw was real.
        """));

    [Fact]
    public async Task Settings_someone_messed_with_are_settings_he_changed()
    {
        Assert.Contains("prove the flaw", await _bot.AskAsync("a", "why did the clerk mess with the pump settings, according to police?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
