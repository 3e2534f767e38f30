using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What is the hardware store in Brenmoor called" asks the name of the store; "in Brenmoor" only says which one. A
/// sentence that names the buyer but not the store does not answer it (invented article).
/// </summary>
public sealed class PlacedCalledNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Man Held Over Poisoned Well

        TARNBY — Police arrested Piet Holm, 51, on Monday over the poisoning of a village well in Tarnby.
        Holm bought two sacks of weedkiller at a hardware store in Brenmoor last month, investigators said.
        """));

    [Fact]
    public async Task The_buyer_is_not_the_name_of_the_store_a_place_locates()
    {
        var reply = await _bot.AnswerAsync("what's the hardware store in brenmoor called");

        Assert.DoesNotContain("Holm", reply);
        Assert.Contains("not cover", reply);
    }

    [Fact]
    public async Task A_name_written_next_to_the_store_names_it()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Tarnby Man Held Over Poisoned Well

            TARNBY — Police arrested Piet Holm, 51, on Monday over the poisoning of a village well in Tarnby.
            Holm bought two sacks of weedkiller at a hardware store called Venn Tools in Brenmoor last month, investigators said.
            """));

        Assert.Contains("Venn Tools", await bot.AnswerAsync("what's the hardware store in brenmoor called"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
