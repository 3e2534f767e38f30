using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Where was the permit broker caught": every best-ranked sentence of the one story it asks about holds its words only
/// through the headline and places nothing; a further sentence of that story telling the asked verb ("was arrested … in
/// Brillport") answers it (invented article).
/// </summary>
public sealed class DeeperStorySentencesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Fake Parking Permits Sold Online, Printer and Broker Arrested

        TARNBY — Police have arrested a printer and a man accused of selling fake parking permits to hundreds of drivers, officials said on Monday.

        The permits were printed on stolen card and looked almost real.
        Wardens first noticed the fake permits in March.
        Each of the permits cost drivers about 90 euros.
        The permits carried a forged stamp of the town hall.
        Drivers who bought the permits will not be fined, the mayor said.
        The printer, a 52-year-old man identified as Piet V., had made the permits at night.

        The second suspect, a 38-year-old man identified as Jon R., was arrested on Saturday at a rented flat in Brillport.
        """, """
        Dock Thefts Lead to Arrests

        Police arrested three dock workers on Friday.
        Two more men were arrested the next day.
        A guard was arrested after a search of his locker.
        Officers arrested a driver who had carried the stolen goods.
        Those arrested will appear before a judge next week.
        The men were arrested after a long inquiry.
        """));

    [Fact]
    public async Task A_further_sentence_of_the_story_telling_the_asked_verb_places_it()
    {
        Assert.Contains("Brillport", await _bot.AnswerAsync("where was the permit broker caught"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
