using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Scrapped" and "axed" are the everyday words for what an invented article calls "cancelled".</summary>
public sealed class ScrappedIsCancelledTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Fog Grounds Flights at Korvo Airport

        KORVO — Thick fog closed Korvo airport on Monday, the airport operator said.
        The operator cancelled 38 flights, and about 4,000 passengers were stranded overnight.
        """));

    [Fact]
    public async Task Scrapped_flights_are_the_cancelled_flights()
    {
        Assert.Contains("38", await _bot.AnswerAsync("how many flights were scrapped at korvo"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
