using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Who is Roe?" … "what did she say?", or "what did Roe say about the jammer" when none of her statements names it:
/// her own words in quotation marks come before what she is reported to have said, over an invented article.
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

    [Fact]
    public async Task What_a_named_speaker_said_about_what_only_her_story_tells_is_first_her_own_quoted_words()
    {
        Assert.Contains("moving dot", await _bot.AskAsync("a", "what did lena roe say about the jammer?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
