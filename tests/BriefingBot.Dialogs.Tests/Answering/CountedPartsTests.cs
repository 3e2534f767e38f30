using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How many of the crew" asks the part ("eight of the ship's 24 crew members"); "how many days" is answered by a duration in days.</summary>
public sealed class CountedPartsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Trawler Crew Held in Velka Port

        VELKA — Port police in Velka have held a Tarnian trawler since Monday, officials said.
        Six of the trawler's 20 crew members have been barred from leaving Velka.
        The trawler's crew were freed after 12 days in custody last year, its owner said.
        """));

    [Fact]
    public async Task How_many_of_the_asks_the_part()
    {
        var reply = (await _bot.AnswerAsync("how many of the crew have been barred from leaving velka")).ToLowerInvariant();
        Assert.Contains("six", reply);
        Assert.DoesNotContain("20", reply.Split('\n')[0]);
    }

    [Fact]
    public async Task How_many_days_takes_a_duration_in_days()
    {
        Assert.Contains("12 days", await _bot.AnswerAsync("how many days was the crew held last year"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
