using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>Questions that say in other words what an invented article says: two-word verbs, counted nouns, deadlines.</summary>
public sealed class ParaphrasedQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Harbour Clerk Held Over Smuggling Ring

        LIMA — Port police arrested a harbour clerk on Friday at the fish market, the Harbour Police Service said.
        Officers searched the market during the evening rush hour and seized nine of the boats used by the ring.
        The trawler Blue Gull was searched too. Its crew of 14 was questioned and released.
        The Northern Fishing League, a regional body founded in 1990, brings together 12 countries.
        A panel of inspectors made 17 recommendations to the port.
        "We expect to reopen the fish market within 72 hours," Mayor Rosa Quispe said.
        """, """
        Fishing Treaty Signed

        United Nations experts say the new treaty is working.
        The Southern Fishing Treaty now binds 21 nations.
        """));

    private string Ask(string question) => _bot.AskAsync(Guid.NewGuid().ToString("N"), question).Result.Split("\n\n")[0].ToLowerInvariant();

    [Fact]
    public void A_two_word_verb_the_articles_never_use_is_read_as_its_plain_verb()
    {
        Assert.Contains("friday", Ask("when was the harbour clerk picked up"));
    }

    [Fact]
    public void Belonging_to_a_body_counts_its_members()
    {
        Assert.Contains("12", Ask("how many countries belong to the northern fishing league"));
    }

    [Fact]
    public void How_many_of_the_things_counts_the_things()
    {
        Assert.Contains("nine", Ask("how many of the boats did the officers seize"));
    }

    [Fact]
    public void A_counted_noun_is_met_by_its_synonym_and_its_misspelling()
    {
        Assert.Contains("14", Ask("how many sailors were on the blue gull"));
        Assert.Contains("17", Ask("how many recomendations did the panel make"));
    }

    [Fact]
    public void The_counted_noun_is_not_a_name_it_ends()
    {
        Assert.Contains("21", Ask("how many nations are in the southern fishing treaty"));
    }

    [Fact]
    public void A_deadline_answers_when_something_is_expected_but_not_when_it_happened()
    {
        Assert.Contains("within 72 hours", Ask("when does the mayor expect the fish market to reopen"));
        Assert.DoesNotContain("72 hours", Ask("when did the fish market reopen"));
    }

    [Fact]
    public void A_part_of_the_day_alone_is_no_date()
    {
        Assert.DoesNotContain("evening", Ask("when did the officers search the market"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
