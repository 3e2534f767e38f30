using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A why-question over an invented article whose reason is named by the noun "motive", in a sentence leaving the asked act's object to its story.</summary>
public sealed class ReasonNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Brenmoor Clerk Accused of Selling Fishing Permits

        BRENMOOR — A council clerk in Brenmoor has been accused of selling fishing permits to a trawler firm, after he was stopped at Tarnby station on Friday as he boarded a night train, the harbour police said.
        Police say the clerk handed over some 300 blank permits in the space of two years and took cash in envelopes.
        Piet Holm, 51, owed a card club in Tarnby close to 40,000 crowns, which detectives think was the chief motive for agreeing.
        His lawyer, Ada Venn, said he would deny the charges.
        """, InventedStories.BarracksRifles, InventedStories.WarehousePills));

    [Fact]
    public async Task A_sentence_naming_the_motive_for_the_asked_act_answers_why()
    {
        Assert.Contains("card club", await _bot.AnswerAsync("why did the clerk agree to sell the fishing permits"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
