using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What do we know about the ferry's captain?" answered with no name: the next "he" is the captain, not an unknown
/// person to refuse, over an invented article.
/// </summary>
public sealed class PersonAskedByNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Ferry Held After Cable Cut Near Tarvo

        TARVO — Coast guard officers have detained a ferry suspected of cutting a power cable near Tarvo, officials said on Monday.

        The ferry's captain, a 61-year-old Vellan national, has been banned from leaving the country.
        """));

    [Fact]
    public async Task He_after_a_person_asked_by_a_noun_is_that_person()
    {
        Assert.Contains("captain", await _bot.AskAsync("a", "what do we know about the ferry's captain"));
        Assert.StartsWith("61", await _bot.AskAsync("a", "how old is he"));
    }

    [Fact]
    public async Task He_with_nobody_asked_about_is_still_refused()
    {
        Assert.StartsWith("Sorry", await _bot.AskAsync("b", "how old is he"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
