using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"The 2 suspects" over an invented article: a sentence saying "two years" does not state the number asked.</summary>
public sealed class CountNotSpanTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Drone Flights Close Velmar Airport

        VELMAR — Police detained two men over drone flights that closed Velmar airport on Sunday.
        Investigators said the suspects could spend two years in custody before a trial.
        """));

    [Fact]
    public async Task A_count_of_people_is_not_stated_by_a_span_of_years() =>
        Assert.Contains("does not cover", await _bot.AskAsync("a", "what story did the 2 suspects tell investigators"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
