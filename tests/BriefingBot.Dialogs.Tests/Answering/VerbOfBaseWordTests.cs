using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A question's verb is met by WordNet's synonyms of the verb itself, not of a longer word sharing its stem: "defend"
/// is not met by "suspected", a synonym of "defendant"; a lawyer still meets it (invented articles).
/// </summary>
public sealed class VerbOfBaseWordTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Man Held Over Brenmoor Rail Cable Fires

        BRENMOOR — Police have detained a man suspected of setting fire to railway signal cables at four sites around Brenmoor, prosecutors said on Friday.
        The fires delayed about 40,000 passengers.
        """, """
        Tarnby Porter Held Over Copper Thefts

        TARNBY — Police have arrested a porter at the Transport Ministry and two other men suspected of stealing copper cable from its depot, after a depot van was set on fire.
        """));

    [Fact]
    public async Task Suspected_does_not_meet_the_verb_defend()
    {
        var reply = await _bot.AnswerAsync("who is defending the man they arrested for the fires?");

        Assert.DoesNotContain("Transport Ministry", reply);
        Assert.DoesNotContain("Police", reply);
    }

    [Fact]
    public async Task A_lawyer_meets_the_verb_defend()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Four Held Over Brenmoor Station Bomb Plot

            BRENMOOR — Police have arrested four young men suspected of planning to bomb Brenmoor's main station, prosecutors said on Thursday.
            The suspects, aged between 19 and 27, were detained in pre-dawn raids on Tuesday in Brenmoor and Velm.
            A lawyer for one of the suspects, Sabine Rohr, said her client, a 19-year-old student, had only "talked big in a chat" and had never touched any explosives.
            """));

        var reply = await bot.AnswerAsync("who's defending the 19 year old student");

        Assert.Contains("Rohr", reply);
    }

    public void Dispose() => _bot.Dispose();
}
