using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A vague count in the lede ("dozens of valves") yields to an exact count of the same noun that a covering sentence gives (invented article).</summary>
public sealed class ExactCountsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Intruder Tampers With Heating Valves at Velka Clinic

        VELKA — Police in Velka have arrested a man suspected of breaking into the network of a clinic and changing dozens of heating valves, officials said on Friday.
        The clinic disconnected all 86 of its heating valves from the network on Monday, and 14 nurses worked extra shifts.
        """));

    [Fact]
    public async Task An_exact_count_of_the_same_noun_beats_dozens()
    {
        var reply = await _bot.AskAsync("a", "how many heating valves did the velka clinic disconnect from the network");
        Assert.Contains("86", reply.Split('>')[0]);
    }

    [Fact]
    public async Task A_count_of_another_noun_does_not_replace_the_vague_one()
    {
        var reply = await _bot.AskAsync("b", "how many heating valves did the intruder change");
        Assert.DoesNotContain("14", reply.Split('>')[0]);
        Assert.Contains("dozens", reply.Split('>')[0], StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
