using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>The answering sentence is scored however many shorter sentences share the asked word (invented articles).</summary>
public sealed class ManySentencesSharingAWordTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load(
        """
        Engineer Charged With Selling Designs

        NORDHAVEN — Prosecutors have charged a senior engineer at a defence contractor with selling secret designs, after he was arrested at Lindholm Airport last Friday as he tried to board a flight to the south, the prosecution office said.
        The 44-year-old systems engineer, identified only as Karl B., worked for the contractor for eleven years.
        """,
        "Arrests Rise in the North\n\n" + string.Concat(Enumerable.Range(1, 70).Select(i => $"Officers made {i + 2} arrests in week {i}.\n"))));

    [Fact]
    public async Task A_long_sentence_is_found_among_seventy_short_ones_with_the_same_word()
    {
        Assert.Contains("Lindholm", await _bot.AskAsync("a", "where did they arrest the systems engineer"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
