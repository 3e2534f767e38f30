using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>A verb of two words no article uses, read as the plainer verb it means, over an invented article.</summary>
public sealed class MultiWordVerbTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Clerk Held Over Pump Settings

        Police detained a 30-year-old clerk on Monday over changes to the settings of hospital pumps.
        Police believe he changed the settings because he wanted to prove the flaw was real.
        """));

    [Fact]
    public async Task Settings_someone_messed_with_are_settings_he_changed()
    {
        Assert.Contains("prove the flaw", await _bot.AskAsync("a", "why did the clerk mess with the pump settings, according to police?"));
    }

    [Fact]
    public void A_pair_another_story_uses_about_other_things_is_still_read_as_its_plain_verb()
    {
        var verbs = new MultiWordVerbs(TwoStories());
        Assert.Equal("how did the hackers entered the network", verbs.Plain("how did the hackers get into the network"));
    }

    [Fact]
    public void A_pair_a_story_uses_about_the_question_s_words_is_kept()
    {
        var verbs = new MultiWordVerbs(TwoStories());
        Assert.Equal("how did the teenagers get into nightclubs", verbs.Plain("how did the teenagers get into nightclubs"));
    }

    [Fact]
    public async Task Operations_put_off_are_operations_postponed()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Hospital Network Shut After Attack

            The hospital shut its network on Monday after an attack on its servers.
            Twelve planned operations were postponed, the hospital said.
            """));

        Assert.Contains("Twelve", await bot.AskAsync("a", "how many ops got put off"));
    }

    [Fact]
    public async Task Hackers_who_got_in_before_a_comma_entered()
    {
        using var bot = new BotUnderTest(TwoStories());

        Assert.Contains("stolen password", await bot.AskAsync("a", "how did the hackers get in, according to officials"));
    }

    [Fact]
    public async Task Money_a_minister_is_putting_in_is_money_spent()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Minister Promises Drone Detectors

            Transport Minister Ola Berg said the government would spend 300 million kronor on drone detection at airports.
            """));

        Assert.Contains("300 million", await bot.AskAsync("a", "how much is ola berg putting in"));
    }

    [Fact]
    public async Task A_boat_that_ran_aground_ran_onto_what_the_article_names()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Trawler Hits Rocks Off Islands

            On Sunday night the fishing boat Sea Wren ran onto rocks off the island of Karsay.
            Coast guards said the crew of four was safe.
            """));

        Assert.Contains("Sea Wren", await bot.AskAsync("a", "what was the boat that ran aground off karsay"));
    }

    private static BriefingBot.Knowledge.Query.BriefingKnowledge TwoStories() => InventedArticles.Load("""
        Hackers Shut Port Terminal

        Hackers shut the container terminal of a port on Monday.
        Officials said the attackers had entered the operator's network through a stolen password.
        """, """
        Fake Identity Cards Seized

        Police seized 300 fake identity cards in a raid on Tuesday.
        "Teenagers use these cards to get into nightclubs," an officer said.
        """);

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
