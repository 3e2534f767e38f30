using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A person the next sentence of the paragraph opens by naming ("The driver, Jan Roe, …") is who the sentence before
/// spoke of, when it holds every other asked word; not someone the paragraph names later in passing (invented article).
/// </summary>
public sealed class IntroducedNextTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Explosives Stolen From Army Store at Harby

        HARBY — Police have found explosives stolen from an army store, officials said on Monday.

        The theft was noticed on Tuesday during a routine count.

        On Friday, police stopped a car near Tolby and found 40 kilograms of explosive in the boot. The driver, Jan Roe, 38, is a former soldier who now runs a garage. Officers later questioned Ida Lund, a neighbour.
        """));

    [Fact]
    public async Task The_person_the_next_sentence_opens_with_is_met_by_the_sentence_before()
    {
        Assert.Contains("40", await _bot.AnswerAsync("how much explosive did police find in jan roe's car"));
    }

    [Fact]
    public async Task A_person_named_later_in_passing_is_not_met()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("a", "how much explosive did police find in ida lund's car"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
