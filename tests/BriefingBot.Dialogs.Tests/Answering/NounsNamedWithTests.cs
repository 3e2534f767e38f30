using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A place the question names with a noun ("the Holmsund pier") is what a sentence of an article naming it with that
/// noun ("the pier at Holmsund") calls "the pier"; a sentence of another article saying "the pier" does not mean it
/// (invented articles).
/// </summary>
public sealed class NounsNamedWithTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Storm Closes Ferry Line for Two Days

        BRELL — A storm closed the ferry line between Brell and Tarvik on Monday, officials said.
        Waves tore the lights from the pier at Holmsund, a village on the coast.
        Tarn Marine Services, a local firm, replaced the pier's lights within a day.
        """, """
        Crane Falls at Busy Dock

        OSTMARK — A crane collapsed at the city's busiest dock on Friday, the port authority said.
        Kestrel Dock Company repaired the pier's crane by Sunday.
        """));

    [Fact]
    public async Task A_place_named_with_its_noun_is_met_by_the_noun_in_its_article()
    {
        Assert.Contains("tarn marine", await _bot.AnsweredAsync("which firm replaced the lights at the holmsund pier"));
    }

    [Fact]
    public async Task The_noun_in_another_article_does_not_mean_the_place()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("which firm repaired the crane at the holmsund pier"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
