using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What about the other two?" after a where-question answered by a sentence that splits the count: the phrase after the
/// other count (invented article).
/// </summary>
public sealed class OtherOfThemTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Seven Climbers Rescued After Storm on Kessel Peak

        KESSEL — Mountain rescuers brought seven climbers down from Kessel Peak on Sunday after a storm cut them off, officials said.
        Rescue chief Lena Brauer said five of them were found in a hut near Ostgrat and two at a frozen lake below the north face.
        """));

    [Fact]
    public async Task The_other_two_are_where_the_last_answers_sentence_puts_its_other_count()
    {
        Assert.Contains("Ostgrat", await _bot.AskAsync("a", "where were five of the climbers found"));

        var reply = (await _bot.AskAsync("a", "what about the other two")).Split('\n')[0];

        Assert.Contains("frozen lake", reply);
    }

    [Fact]
    public async Task The_other_three_the_sentence_never_counts_are_not_answered_with_its_phrase()
    {
        Assert.Contains("Ostgrat", await _bot.AskAsync("b", "where were five of the climbers found"));

        var reply = (await _bot.AskAsync("b", "what about the other three")).Split('\n')[0];

        Assert.DoesNotContain("frozen lake", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
