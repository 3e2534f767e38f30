using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What did the Estonian foreign minister say": the demonym the lede opens with ("TALLINN — Estonian police …") is the
/// country whose officials speak, though "Foreign Minister Ana Vell said" never writes it; over two invented articles, each
/// with a foreign minister, so the title alone names no one.
/// </summary>
public sealed class HomeDemonymSpeakerTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Two Men Held Over Stolen Church Paintings in Tallinn

        TALLINN — Estonian police have arrested two men suspected of stealing six paintings from a church in the old town, officials said on Friday.
        Foreign Minister Ana Vell said Estonia would ask its neighbours to help trace the paintings.
        The paintings were taken from the church on Tuesday night.
        """, """
        Ferry Fire Closes Harbour

        HELSINKI — A fire on a ferry closed the main harbour for six hours on Sunday, the coast guard said.
        Foreign Minister Kai Roe said no one had been hurt.
        """));

    [Fact]
    public async Task The_ledes_demonym_describes_the_countrys_own_minister() =>
        Assert.Contains("neighbours", await _bot.AnswerAsync("what did the estonian foreign minister say about the paintings"));

    [Fact]
    public async Task Another_countrys_minister_is_still_silent() =>
        Assert.Contains("does not cover", await _bot.AnswerAsync("what did the latvian foreign minister say about the paintings"));

    [Fact]
    public async Task The_countrys_officials_are_not_asked_about_what_the_article_never_mentions() =>
        Assert.Contains("does not cover", await _bot.AnswerAsync("what did the estonian foreign minister say about the fugitive"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
