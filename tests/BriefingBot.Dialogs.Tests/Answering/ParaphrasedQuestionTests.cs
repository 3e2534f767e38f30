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
        Interior Minister Luis Paz praised the police.
        His colleague, Mobility Minister Ana Flores, announced new checks on lorries leaving the port.
        """, """
        Fishing Treaty Signed

        United Nations experts say the new treaty is working.
        The Southern Fishing Treaty now binds 21 nations.
        The research ship belongs to the Southern Fishing Treaty.
        """));

    [Fact]
    public async Task A_transport_minister_is_the_minister_an_article_calls_mobility_minister()
    {
        Assert.Contains("Ana Flores", await _bot.AskAsync("a", "who's the transport minister"));
    }

    [Fact]
    public async Task A_two_word_verb_the_articles_never_use_is_read_as_its_plain_verb()
    {
        Assert.Contains("friday", await _bot.AnswerAsync("when was the harbour clerk picked up"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Belonging_to_a_body_counts_its_members()
    {
        Assert.Contains("12", await _bot.AnswerAsync("how many countries belong to the northern fishing league"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task How_many_of_the_things_counts_the_things()
    {
        Assert.Contains("nine", await _bot.AnswerAsync("how many of the boats did the officers seize"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_counted_noun_is_met_by_its_synonym_and_its_misspelling()
    {
        Assert.Contains("14", await _bot.AnswerAsync("how many sailors were on the blue gull"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("17", await _bot.AnswerAsync("how many recomendations did the panel make"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_counted_noun_is_not_a_name_it_ends()
    {
        Assert.Contains("21", await _bot.AnswerAsync("how many nations are in the southern fishing treaty"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_deadline_answers_when_something_is_expected_but_not_when_it_happened()
    {
        Assert.Contains("within 72 hours", await _bot.AnswerAsync("when does the mayor expect the fish market to reopen"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("72 hours", await _bot.AnswerAsync("when did the fish market reopen"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_part_of_the_day_alone_is_no_date()
    {
        Assert.DoesNotContain("evening", await _bot.AnswerAsync("when did the officers search the market"), StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
