using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>People known by a description ("the alleged ringleader"), asked for with a synonym, over an invented article.</summary>
public sealed class DescribedPersonTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Smuggling Ring Broken Up

        The alleged ringleader, a 30-year-old clerk identified only as Marek P., was arrested at the border on Monday.
        Customs officers said the ring had moved cigarettes for two years.
        """));

    [Fact]
    public async Task The_supposed_ringleader_is_the_alleged_one()
    {
        Assert.Contains("Marek P", await _bot.AskAsync("a", "who is the supposed ringleader"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
