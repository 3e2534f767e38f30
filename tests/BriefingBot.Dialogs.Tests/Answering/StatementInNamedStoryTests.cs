using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What did the minister say about Holm Valley Prison": a minister's statement in the story of the named prison is about
/// it, though it does not name it again; of such statements, the speaker's quoted words come first (invented article).
/// </summary>
public sealed class StatementInNamedStoryTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Nine Inmates Tunnel Out of Tarnby Jail

        TARNBY — Nine inmates escaped from Holm Valley Prison through a tunnel dug under its wall, police said on Thursday.
        The escaped men crawled through a 30-metre tunnel from a storeroom.
        Police said three of the escaped men had been caught by Tuesday.
        "Someone dug 30 metres under our noses for five months," Justice Minister Ann Roe told parliament on Wednesday.
        Interior Minister Bo Lind said on Monday that about 900 police officers and two helicopters were taking part in the manhunt.
        "Nobody who helped them will hide for long," Lind said.
        """));

    [Fact]
    public async Task A_ministers_statement_in_the_story_of_the_named_prison_answers()
    {
        var reply = (await _bot.AskAsync("a", "what did the minister say about Holm Valley Prison")).Split('>')[0];
        Assert.DoesNotContain("does not cover", reply);
        Assert.Contains("Bo Lind", reply);
    }

    [Fact]
    public async Task Of_statements_that_fit_only_by_the_story_the_quoted_words_answer()
    {
        var reply = (await _bot.AskAsync("b", "what did the interior minister say about Holm Valley Prison")).Split('>')[0];
        Assert.Contains("Nobody who helped", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
