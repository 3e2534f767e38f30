using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A word naming the story by its title ("the strike") is met by a sentence of that article holding two other asked
/// words even when one more asked word is in neither (invented article).
/// </summary>
public sealed class StoryWordsBesideMissingWordTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Harbour Strike Halts Ferries in Tarnmouth

        Dock workers in Tarnmouth walked out on Monday, halting every ferry to the islands.
        The union signed a pay offer on 14 March, the mayor said.
        """));

    [Fact]
    public async Task A_title_word_counts_beside_one_word_the_article_lacks()
    {
        var answer = (await _bot.AskAsync("a", "when did the union sign the strike deal")).Split("\n\n")[0];
        Assert.Contains("14 March", answer);
    }

    [Fact]
    public async Task Two_words_the_article_lacks_are_too_many()
    {
        var answer = (await _bot.AskAsync("b", "when did the union sign the strike deal with the airline")).Split("\n\n")[0];
        Assert.DoesNotContain("14 March", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
