using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"The link" in a sentence of its article is the one named link ("the Norvik Link") the question asks about.</summary>
public sealed class NamedThingNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Power Cable Between Tarnia and Velka Fails

        VELKA — The 90-kilometre Norvik Link, a power cable between Tarnia and Velka, failed on Monday, its operator said.
        Engineers said the link would not be back in service before early June.
        The link opened in 2009 at a cost of 300 million euros.
        """));

    [Fact]
    public async Task The_noun_of_a_named_thing_speaks_of_it()
    {
        Assert.Contains("june", await _bot.AnswerAsync("when is the norvik link expected to be back in service"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2009", await _bot.AnswerAsync("when did the norvik link open"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
