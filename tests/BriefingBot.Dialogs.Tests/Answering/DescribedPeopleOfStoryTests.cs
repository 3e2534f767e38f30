using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Who were the two brothers?", asked in a story that tells of two brothers it never names, means that story's
/// brothers: another story's named brothers are no answer (invented articles).
/// </summary>
public sealed class DescribedPeopleOfStoryTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Smuggled Cigarettes Found in Tarnby Warehouse

        TARNBY — Customs officers found 4 million smuggled cigarettes in a warehouse on the edge of Tarnby on Monday, officials said.
        The warehouse is rented by two brothers who run a bakery in the town, customs said.
        """, """
        Forged Wine Labels Seized in Brenmoor

        BRENMOOR — Police seized 9,000 forged wine labels at a print shop in Brenmoor on Friday, prosecutors said.
        The labels were printed by two brothers, Piet Holm, 33, and Jan Holm, 29, prosecutors said.
        """));

    [Fact]
    public async Task The_unnamed_people_of_the_story_in_focus_are_not_answered_by_another_storys_names()
    {
        Assert.Contains("4 million", await _bot.AskAsync("a", "how many cigarettes were found in the warehouse?"));

        var answer = await _bot.AskAsync("a", "who were the two brothers?");

        Assert.DoesNotContain("Holm", answer);
        Assert.Contains("does not cover", answer);
    }

    [Fact]
    public async Task The_named_people_of_the_story_in_focus_are_given()
    {
        Assert.Contains("9,000", await _bot.AskAsync("b", "how many wine labels did police seize?"));

        Assert.Contains("Holm", await _bot.AskAsync("b", "who were the two brothers?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
