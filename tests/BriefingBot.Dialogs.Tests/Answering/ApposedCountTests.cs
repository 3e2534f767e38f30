using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"All mobile radar units in the army, about 120, …": the number between commas counts the units (invented article).</summary>
public sealed class ApposedCountTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Army Orders Trackers for Radar Units After Theft

        VELKA — Thieves stole a mobile radar unit from an army depot in Velka last week, officials said.
        Defence Minister Ivo Brandt said all mobile radar units in the army, about 120, would have to carry trackers from next year.
        """));

    [Fact]
    public async Task How_many_is_answered_by_the_apposed_number()
    {
        Assert.Contains("120", (await _bot.AskAsync("a", "how many mobile radar units will need trackers")).Split('>')[0]);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
