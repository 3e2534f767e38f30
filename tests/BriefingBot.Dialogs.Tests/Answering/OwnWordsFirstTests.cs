using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Who is Roe?" … "what did she say?": her own words in quotation marks come before what she is reported to have said,
/// over an invented article.
/// </summary>
public sealed class OwnWordsFirstTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Radio Jammer Found on Ferry Near Tarvo

        TARVO — Engineers have found a radio jammer on a ferry that had disrupted signals near Tarvo for a week, officials said on Friday.

        Radio Authority Chief Engineer Lena Roe said it took her team three days to find the ferry.
        "Once the vans saw the same moving dot, there was no doubt," she said.
        """));

    [Fact]
    public async Task What_she_said_is_first_her_own_quoted_words()
    {
        await _bot.AskAsync("a", "who is lena roe");
        Assert.Contains("moving dot", await _bot.AskAsync("a", "what did she say?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
