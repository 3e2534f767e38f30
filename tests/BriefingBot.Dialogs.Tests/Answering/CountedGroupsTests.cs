using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "The four men" names the group a story counts: when one story counts four men, another story's sentence about
/// "a third man" does not answer (invented articles).
/// </summary>
public sealed class CountedGroupsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Four Held Over Brenmoor Station Bomb Plot

        BRENMOOR — Police have arrested four young men suspected of planning to bomb Brenmoor's main station, prosecutors said on Thursday.
        The suspects were detained in pre-dawn raids on Tuesday in Brenmoor and Velm.
        A judge ordered all four men held in custody.
        """, """
        Tarnby Porter and Two Men Held Over Copper Thefts

        TARNBY — Harbour guards have caught a porter and two other men suspected of stealing copper cable from the docks, officials said.
        A third man, a lorry driver, was detained on Monday in Velm.
        """));

    [Fact]
    public async Task The_four_men_are_answered_from_the_story_that_counts_four_men()
    {
        var reply = await _bot.AnswerAsync("when were the four men detained");

        Assert.Contains("Tuesday", reply);
        Assert.DoesNotContain("Monday", reply);
    }

    public void Dispose() => _bot.Dispose();
}
