using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Which depot …" over a title that says the noun only with a common word before it ("Navy Depot") and a later sentence
/// naming the depot: the later sentence answers (invented articles).
/// </summary>
public sealed class OpeningKindNounNamedLaterTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Rifles Stolen From Navy Depot, Two Sailors Among Three Held

        MARNFIELD — Police have arrested two sailors and a former cook suspected of stealing 40 rifles from a naval store, officials said on Monday.
        The theft came to light on Tuesday during a count at the Harrowmere depot, 20 kilometres north of Marnfield, when guards found the rifles missing.
        The sailors face up to ten years in prison.
        """));

    [Fact]
    public async Task A_title_naming_the_asked_noun_in_general_words_gives_way_to_a_later_sentence_naming_it()
    {
        Assert.Contains("harrowmere", await _bot.AnsweredAsync("which depot were the rifles taken from"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
