using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// "What was X worth" asks for a value: "worth" is no word of the topic, nor the last word of a name whose first words
/// come before it ("at old mill worth" is not "Old Mill Prison") (invented article).
/// </summary>
public sealed class WorthTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Nine Inmates Escape From Old Mill Prison

        TARNBY — Nine inmates escaped from Old Mill Prison through a tunnel on Sunday, officials said.
        The cameras on the east wall had been broken since March, because a 60,000-euro camera repair contract had run out.
        Guards at Old Mill found the tunnel on Monday.
        """));

    [Fact]
    public async Task Worth_after_the_first_words_of_a_name_asks_for_a_value()
    {
        Assert.Contains("60,000", await _bot.AnsweredAsync("what was the camera repair contract at old mill worth"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
