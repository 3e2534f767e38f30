using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "His" means a person the question names after it, and a "boss" is one person, though the word ends in "s"
/// (invented article).
/// </summary>
public sealed class PossessiveBeforeBossTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Velka Smuggling Ring Broken Up, Boss Still Free

        VELKA — Officers in three countries have broken up a network that moved cigarettes through the port of Velka, officials said on Monday.
        Prosecutors did not name the boss of the smuggling ring, a former sailor whom his associates call "the Heron."
        """));

    [Fact]
    public async Task His_before_the_boss_the_question_names_means_the_boss()
    {
        Assert.Contains("heron", await _bot.AnsweredAsync("what do his associates call the velka smuggling ring boss"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
