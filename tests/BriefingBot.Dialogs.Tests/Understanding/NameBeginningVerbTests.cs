using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A past form after the first words of a long name is the question's verb, not the name's last word (invented article).</summary>
public sealed class NameBeginningVerbTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Thieves Raid Grain Depot

        Thieves broke into Morrow Hill Depot on Monday, police said.
        Morrow Hill, opened in 1975, stores most of the region's grain.
        """));

    [Fact]
    public async Task When_was_the_place_opened_is_answered_from_the_sentence_with_the_verb()
    {
        var answer = (await _bot.AskAsync("a", "when was morrow hill opened")).Split("\n\n")[0];

        Assert.Contains("1975", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
