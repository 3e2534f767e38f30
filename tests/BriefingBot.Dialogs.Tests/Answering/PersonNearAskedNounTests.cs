using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Which bank …" is told by a name beside "bank", not by a person's name that happens to stand close to it (invented
/// articles).
/// </summary>
public sealed class PersonNearAskedNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Tarnby Charity Accounts Frozen After Arrests

        TARNBY — Police arrested the founder of a Tarnby charity on Monday over donations sent abroad, officials said.
        On Tuesday the Tarnby prefect, Ada Venn, blocked the group's three bank accounts until March.
        """, """
        Ransom Paid for Brenmoor Trawler Crew

        BRENMOOR — The owners of a Brenmoor trawler paid a ransom of 2 million euros for its crew, officials said on Friday.
        The ransom was wired through Kestrel Mutual Bank in two payments, investigators said.
        """));

    [Fact]
    public async Task A_person_named_near_the_noun_does_not_tell_which_bank()
    {
        var question = "which bank held the tarnby charity's accounts";
        var answer = await _bot.AskAsync(question, question);
        Assert.Contains("does not cover", answer);
    }

    [Fact]
    public async Task A_bank_named_by_the_noun_tells_which_bank()
    {
        var question = "which bank was the ransom wired through";
        var answer = await _bot.AskAsync(question, question);
        Assert.Contains("Kestrel Mutual Bank", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
