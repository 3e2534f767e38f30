using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Which country …" is not answered with a sea or world region the gazetteer lists ("Atlantic ferries") (invented articles).</summary>
public sealed class RegionIsNoCountryTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Gangs Threaten Chile

        TARNBY — This spring, the two gangs released videos threatening Chile.
        """, """
        Ferry Union Counts Incidents

        BRENMOOR — The union said its group counted 12 bomb threats on Atlantic ferries last year.
        """));

    [Fact]
    public async Task A_sea_is_no_country()
    {
        var answer = await _bot.AnswerAsync("which country did the two gangs threaten");

        Assert.StartsWith("Chile", answer);
        Assert.DoesNotContain("Atlantic", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
