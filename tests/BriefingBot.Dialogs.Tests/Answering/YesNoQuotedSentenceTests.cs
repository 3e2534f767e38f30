using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// Yes-or-no questions no sentence settles, over an invented article: the sentence quoted as what the briefing says
/// must hold every word asked, and a question after more of a thing needs a sentence that speaks of more of it.
/// </summary>
public sealed class YesNoQuotedSentenceTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Eleven Inmates Escape From Lakeport Jail, Five Still at Large

        LAKEPORT — Eleven inmates escaped from Lakeport jail through a tunnel on Sunday, and police arrested six of them within a day.
        Police chief Ana Brel said officers were still searching the woods and did not rule out further arrests.
        The tunnel ran 30 metres under the outer wall of the jail and flooded with water twice.
        Utility workers helped police search the fields around the jail.
        In a separate case, a cyber attack hit the billing systems of the Velmar port terminal on Monday.
        """));

    [Fact]
    public async Task More_arrests_are_told_by_the_sentence_about_further_arrests() =>
        Assert.Contains("further arrests", await _bot.AskAsync("a", "could there be more arrests after the jail escape"));

    [Fact]
    public async Task A_sentence_missing_two_asked_words_is_not_quoted() =>
        Assert.DoesNotContain("billing systems", await _bot.AskAsync("b", "has a utility company been hit by a cyber attack"));

    [Fact]
    public async Task A_title_missing_an_asked_word_is_not_quoted() =>
        Assert.DoesNotContain("The briefing says", await _bot.AskAsync("c", "are the inmates still in the woods after the escape from the jail"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
