using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A question may name the story by words of its title ("the harbour ferry walkout"); a sentence of that
/// article holding as many of the other asked words answers it (invented article).
/// </summary>
public sealed class StoryWordsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Harbour Strike Halts Ferries in Tarnmouth

        Dock workers in Tarnmouth walked out on Monday, halting every ferry to the islands, their union said.
        The walkout ended on 14 March, when the port authority agreed to a new pay deal.
        """));

    [Fact]
    public async Task Words_naming_the_story_are_met_by_its_title()
    {
        var answer = (await _bot.AskAsync("a", "when did the harbour ferry walkout end")).Split("\n\n")[0];
        Assert.Contains("14 March", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
