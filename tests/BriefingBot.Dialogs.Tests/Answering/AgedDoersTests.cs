using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How old is the one who broke into the shed" takes the age of the person named doing it, not another age whose sentence shares the verb (invented article).</summary>
public sealed class AgedDoersTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Stolen Pump Found at Brenmoor Scrapyard

        BRENMOOR — A stolen water pump has been found at a scrapyard in Brenmoor, police said on Monday.
        A welder at the yard, 58-year-old Ada Venn, later broke the pump open with a hammer.
        The suspects, named only as Piet H., 33, and Jori K., 24, were arrested on Sunday.
        Police believe Piet H. broke into the shed, while Jori K. drove the truck.
        """));

    [Fact]
    public async Task The_age_of_the_one_named_doing_the_asked_action_answers()
    {
        var reply = (await _bot.AskAsync("a", "how old is the one who broke into the shed")).Split('>')[0];
        Assert.Contains("33", reply);
        Assert.DoesNotContain("58", reply);
    }

    [Fact]
    public async Task The_other_doer_gets_their_own_age()
    {
        Assert.Contains("24", (await _bot.AskAsync("b", "how old is the man who drove the truck")).Split('>')[0]);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
