using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// When one story's sentence holds every asked word, another story that nowhere holds one of them does not answer;
/// when no sentence holds them all, a story holding them all answers before one lacking one (invented articles).
/// </summary>
public sealed class CoveredStoryTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Rifles Stolen From Brenmoor Army Depot

        BRENMOOR — Police have arrested two soldiers over the theft of 40 rifles from an army depot near Brenmoor.
        Guards noticed the rifles were missing during a routine count at the depot.
        The soldiers will appear before a judge on Monday.
        """, """
        Nine Prisoners Tunnel Out of Tarnby Jail

        TARNBY — Nine prisoners escaped from Tarnby Jail through a tunnel under the laundry.
        Nobody noticed the missing prisoners for five months, the justice minister said.
        Four of the men are still on the run.
        """));

    [Fact]
    public async Task A_story_never_naming_an_asked_word_does_not_answer_when_another_story_holds_them_all()
    {
        var reply = await _bot.AnswerAsync("how long did it take before anyone noticed the rifles were missing");

        Assert.DoesNotContain("five months", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_story_holding_every_asked_word_still_answers()
    {
        var reply = await _bot.AnsweredAsync("how long did it take before anyone noticed the prisoners were missing");

        Assert.Contains("five months", reply);
    }

    [Fact]
    public async Task With_no_sentence_holding_every_asked_word_a_story_holding_them_all_answers_before_one_lacking_one()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Drones Close Tarnby Airport Twice

            TARNBY — Drone sightings forced two closures of Tarnby Airport this week, officials said on Thursday.
            About 31,000 passengers were affected, the airport operator said.
            """, """
            Arsonists Hit Brenmoor Rail Cables

            BRENMOOR — Arsonists hit signal cables near Brenmoor on Friday, police said.
            A similar attack in 2022 hit some 800,000 passengers.
            """));

        var reply = await bot.AnsweredAsync("roughly how many passengers did the closures hit");

        Assert.Contains("31,000", reply);
    }

    /// <summary>"Probe" (investigators) and "first" are in most stories: only "rifle smuggling" names one.</summary>
    [Fact]
    public async Task A_story_holding_none_of_the_words_naming_the_asked_story_does_not_answer_when_another_holds_them_all()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Police Break Up Rifle Smuggling Ring in Tarnby

            TARNBY — Police have broken up a rifle smuggling ring that sold weapons across the region.
            The smuggling ring moved rifles through the port.
            """, """
            Hidden Cameras Found Near Brenmoor Air Base

            BRENMOOR — Police found hidden cameras filming the runway of Brenmoor Air Base.
            Investigators say the group received about 9,000 euros since April, when the first camera started filming.
            """, """
            Nine Prisoners Tunnel Out of Osterby Jail

            OSTERBY — Nine prisoners escaped from Osterby Jail through a tunnel under the laundry.
            Investigators said the first prisoner left at midnight.
            """));

        var reply = await bot.AnswerAsync("when did the rifle smuggling probe first start");

        Assert.DoesNotContain("April", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
