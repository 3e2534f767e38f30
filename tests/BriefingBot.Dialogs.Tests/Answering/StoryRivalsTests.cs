using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// An asked word in the ledes of some of the stories that fit but not of all narrows them down rather than settling the
/// question: "how old is the suspect" with "suspect" in two stories' ledes asks which of those two (invented articles).
/// </summary>
public sealed class StoryRivalsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Bakery Van Stolen in Tarnby

        TARNBY — Police in Tarnby have arrested a suspect after a bakery van was stolen on Monday.
        The suspect, a 34-year-old courier, was arrested on Tuesday.
        """, """
        Forged Passports Found at Corvia Port

        CORVIA — Border guards arrested a suspect after finding 40 forged passports in a lorry at Corvia port on Monday.
        The suspect, a 51-year-old driver, was arrested on Wednesday.
        """, """
        Fishing Boat Seized Off Pellby

        PELLBY — Coast guards seized a fishing boat off Pellby on Monday.
        The suspect, a 62-year-old skipper, was fined on Thursday.
        """));

    [Fact]
    public async Task A_word_in_the_ledes_of_several_stories_asks_which_of_those_is_meant()
    {
        var reply = await _bot.AskAsync("a", "how old is the suspect");

        Assert.Contains("Bakery Van Stolen in Tarnby", reply);
        Assert.Contains("Forged Passports Found at Corvia Port", reply);
        Assert.DoesNotContain("Fishing Boat", reply);
    }

    [Fact]
    public async Task A_word_in_one_storys_lede_still_picks_that_story()
    {
        var reply = await _bot.AskAsync("b", "how old is the suspect in the bakery theft");

        Assert.Contains("34", reply);
        Assert.DoesNotContain("Corvia", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
