using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Where are most of the crew from" is answered by the place a sentence puts after "from", not by any place beside "crew".</summary>
public sealed class PlaceOfOriginTests
{
    [Fact]
    public async Task Where_from_is_answered_by_a_place_after_from_and_not_by_other_places_beside_the_words()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Navy Frees Hijacked Carrier

            A navy frigate freed the crew of the bulk carrier MV Sea Lark on Monday.
            "All 21 sailors are safe," a navy spokesman told reporters in Brillport.
            The crew told investigators that the pirates had come at night.
            Its crew of 21, most of them from Corvia, locked themselves in the engine room and called for help.
            """, """
            Trawler Held Over Jamming

            The trawler's other seven crew members were questioned and released.
            Her three crew were rescued by the Tarnhaven lifeboat, uninjured.
            The crew of a ferry said the signal had failed twice.
            """));

        var reply = await bot.AnswerAsync("where are most of the crew from");

        Assert.Contains("Corvia", reply);
        Assert.DoesNotContain("Tarnhaven", reply);
        Assert.DoesNotContain("Brillport", reply);
    }

    [Fact]
    public async Task Where_to_is_not_answered_by_a_place_after_from()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Drones Close Tarnby Airport

            The crew of an incoming flight from Brillport reported a drone near the runway on Sunday.
            """));

        var reply = await bot.AnswerAsync("where were they flown to");

        Assert.DoesNotContain("Brillport", reply);
    }
}
