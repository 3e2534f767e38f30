using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A place a follow-up only refers to ("there", "it") after a question that named it sets the scene like a place asked
/// "in": a sentence of a story set there that holds every asked word meets it (invented article).
/// </summary>
public sealed class ReferredSceneTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Chlorine Dose Raised Tenfold at Water Plant

        TARNBY — Police have arrested a former technician suspected of breaking into a water plant in the northern town of Tarnby, officials said on Friday.
        A night-shift operator, 29-year-old Eva Varga, saw the dose change on her screen and reversed it four minutes later.
        Varga, who has worked at the plant for six years, said she would be back on the night shift next week.
        A judge in Tarnby ordered the technician held for 30 days.
        """));

    [Fact]
    public async Task There_after_a_question_naming_the_town_is_met_by_a_sentence_of_the_story_set_in_it()
    {
        Assert.Contains("Eva Varga", await _bot.AskAsync("a", "who noticed the dose change at the water plant in Tarnby?"));
        Assert.Contains("six years", await _bot.AskAsync("a", "how long has she worked there"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
