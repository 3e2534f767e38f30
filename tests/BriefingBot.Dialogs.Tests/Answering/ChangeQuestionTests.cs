using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"By how much did X rise" asks the size of a change; jumping and climbing are rising.</summary>
public sealed class ChangeQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Refinery Fire Shuts Tarnian Fuel Supply

        VELKA — A fire shut the only refinery in Tarnia on Sunday, the energy ministry said.
        Fuel prices in Tarnia rose by about 12 percent on Monday as drivers queued at filling stations.
        The refinery employs 1,400 workers and cost 2 billion euros to build.
        """));

    [Fact]
    public async Task By_how_much_takes_the_size_of_the_change()
    {
        Assert.Contains("12 percent", await _bot.AnswerAsync("by how much did fuel prices in tarnia rise"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Jumping_is_rising()
    {
        Assert.Contains("12 percent", await _bot.AnswerAsync("by how much did prices jump"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
