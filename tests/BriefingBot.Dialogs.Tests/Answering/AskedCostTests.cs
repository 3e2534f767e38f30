using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How much did the engraver cost" is told only by a sentence giving a price of the engraver.</summary>
public sealed class AskedCostTests
{
    private static BotUnderTest Bot() => new(InventedArticles.Load("""
        Print Shop Raided

        TARN — Officers raided a flat on Tuesday and found a laser engraver, two card printers and 184,000 euros in cash, police said. A card printer of that kind costs about 2,000 euros, the police said.
        """));

    [Fact]
    public async Task Cash_found_beside_a_thing_is_not_its_price()
    {
        using var bot = Bot();

        Assert.Contains("not cover", await bot.AnswerAsync("how much did the laser engraver cost"));
    }

    [Fact]
    public async Task A_fee_paid_to_someone_is_not_the_price_of_the_thing_they_used()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Journalist Poisoned With Thallium

            RIGA — Police have arrested a woman suspected of poisoning a journalist with thallium, a toxic metal, in a cafe. Investigators believe she put the poison into the pot of mint tea that was served to the journalist, and that she was paid 5,000 euros in cash for it, a police spokeswoman said.
            """));

        Assert.Contains("not cover", await bot.AnswerAsync("how much did the thallium used on the journalist cost?"));
    }

    [Fact]
    public async Task A_sentence_giving_the_things_price_answers()
    {
        using var bot = Bot();

        Assert.Contains("2,000", await bot.AnswerAsync("how much did the card printer cost"));
    }
}
