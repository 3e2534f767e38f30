using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Which depot …" over a title that says the noun only with a common word before it ("Navy Depot") and a later sentence
/// naming the depot: the later sentence answers; so does one that tells the noun by the words before ", a noun"
/// (invented articles).
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

    private readonly BotUnderTest _plant = new(InventedArticles.Load("""
        Former Worker Held After Chemical Dose Raised Tenfold at Marnfield Plant

        MARNFIELD — Police have arrested a former worker suspected of breaking into the control system of a water plant and raising the dose of a caustic chemical, officials said on Monday.
        The intruder logged in to the water plant at night and raised the dose of potash lye, a chemical used in small amounts to clean pipes, from 5 milligrams to 50 milligrams.
        The worker faces up to eight years in prison.
        """));

    [Fact]
    public async Task The_words_before_a_comma_and_the_asked_noun_tell_which_one()
    {
        Assert.Contains("potash lye", await _plant.AnsweredAsync("which chemical did the intruder raise at the water plant"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _bot.Dispose();
        _plant.Dispose();
    }
}
