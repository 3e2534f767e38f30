using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// Asked where something was hidden, put or found, a sentence that tells it with no place name answers with the phrase
/// after the verb: "was tucked beneath a loose floorboard" (invented articles).
/// </summary>
public sealed class HidingPlacePhraseTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Smuggled Ledger Seized in Brenmoor Raid

        BRENMOOR — Customs officers have seized a ledger listing bribes paid to port staff, officials said on Tuesday.
        The ledger had been concealed beneath a loose floorboard in the skipper's cabin, where a dog found it.
        Piet Holm, the skipper, denies knowing about the ledger and was released on bail.
        """, """
        Tarnby Council Votes to Close Two Libraries

        TARNBY — The council of Tarnby voted on Monday to close two branch libraries to save money.
        Ada Venn, the council leader, said the buildings needed repairs the town could not afford.
        Readers protested outside the town hall before the vote.
        """));

    [Fact]
    public async Task The_phrase_after_the_hiding_verb_answers()
    {
        var answer = (await _bot.AnsweredAsync("where was the ledger concealed")).Split("\n\n")[0];
        Assert.Contains("floorboard", answer);
    }

    [Fact]
    public async Task A_sentence_without_the_verb_still_gives_no_answer()
    {
        var answer = (await _bot.AnswerAsync("where were the libraries concealed")).ToLowerInvariant();
        Assert.DoesNotContain("town hall", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
