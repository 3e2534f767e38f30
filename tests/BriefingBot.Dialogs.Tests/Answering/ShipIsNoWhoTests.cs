using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Who is the owner" needs someone described as owner, and a who-question never falls back to a ship (invented article).</summary>
public sealed class ShipIsNoWhoTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Trawler Skipper Charged Over Jamming

        PORTHAVEN — Police boarded the trawler Sea Wren on Monday and charged its skipper, Jon Brask.
        On the night of 3 May the shellfish boat Kelp Star ran onto rocks off the harbour.
        Brask's lawyer, Ada Lind, said her client had been hired last month to deliver the boat to a new owner.
        """));

    [Fact]
    public async Task Who_owns_a_ship_is_not_answered_with_another_ship()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("who is the new owner of the Sea Wren"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
