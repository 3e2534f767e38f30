using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A sentence saying "Chilean rules" speaks of Chile: it meets a question asking about Chile (invented article).</summary>
public sealed class PlaceDemonymTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Drones Halt Flights at Coastal Airport

        TALCA — Police detained two men on Monday after drones halted flights at Punta Gris Airport in Chile for six hours.
        Under rules set by the Chilean aviation authority, drones may not be flown within 5 kilometres of a runway without permission.
        Flights resumed on Tuesday, and police now patrol the fields near the airport.
        """));

    [Fact]
    public async Task A_sentence_using_the_demonym_speaks_of_the_country()
    {
        var answer = (await _bot.AskAsync("a", "what's the rule on flying drones near a runway in chile")).Split("\n\n")[0];
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("5 kilometres", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
