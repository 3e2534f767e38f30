using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What is the address of the shop" asks for a street address: a sentence that only names the town the shop is in does
/// not give one (invented article).
/// </summary>
public sealed class AskedAddressTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Former Bottler Held Over Poisoned Water in Extortion of Venn Shops

        TARNBY — Police arrested Piet Holm, 51, on Tuesday on suspicion of poisoning spring water sold by the Venn shop chain.
        Investigators from the Tarnby Police found poison in seven bottles of Venn's own-brand spring water in four shops in Tarnby, Brenmoor and Lisk.
        """, OtherStory));

    /// <summary>Another story uses the word "address", so the question's every word is known to the briefing.</summary>
    private const string OtherStory = """
        Brenmoor Officers' Home Addresses Posted Online

        BRENMOOR — The home addresses of 300 Brenmoor police officers were posted on a chat channel on Sunday, the ministry said.
        """;

    [Fact]
    public async Task A_town_is_not_the_address_of_a_shop()
    {
        Assert.Contains("not cover", await _bot.AnswerAsync("what's the address of the tarnby shop where the poisoned water was found"));
    }

    [Fact]
    public async Task A_street_address_the_sentence_gives_answers_it()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Poisoned Water Found in Tarnby Shop

            TARNBY — Investigators found poison in five bottles of spring water at the shop, whose address police gave as 14 Harbour Street.
            Police arrested Piet Holm, 51, on Tuesday.
            """, OtherStory));

        Assert.Contains("14 Harbour Street", await bot.AnswerAsync("what's the address of the tarnby shop where the poisoned water was found"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
