using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Two days after Ann Roe was arrested, officers detained a clerk at his home in Pellby": asked where Ann Roe was
/// arrested, the place after the opening "after …" clause is the clerk's, not hers; nor is a place in a sentence that
/// never says "caught" where the seller was caught, when another sentence tells the catching with a date (invented articles).
/// </summary>
public sealed class LeadingClausePlacesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Depot Guard and Clerk Held Over Tarnby Rifle Theft

        TARNBY — Police have arrested a depot guard and a clerk over the theft of 40 rifles from an army depot near Tarnby, officials said on Monday.
        Two days after Ann Roe was arrested, officers detained a 31-year-old clerk, Bo Lind, at his home in Pellby.
        """));

    [Fact]
    public async Task A_place_after_a_clause_that_alone_names_the_asked_person_is_not_theirs()
    {
        var reply = await _bot.AnswerAsync("where was ann roe arrested");

        Assert.DoesNotContain("Pellby", reply);
    }

    [Fact]
    public async Task The_place_still_answers_for_the_person_of_the_main_clause()
    {
        var reply = await _bot.AnswerAsync("where was bo lind detained");

        Assert.Contains("Pellby", reply);
    }

    [Fact]
    public async Task A_place_of_a_sentence_never_using_the_asked_verb_told_with_a_date_elsewhere_is_not_where_it_happened()
    {
        using var bot = new BotUnderTest(InventedArticles.Load("""
            Hoax Emails Close Tarnby Schools

            TARNBY — Police have arrested a man who sold hoax emails to pupils, officials said on Monday.
            A second wave of the seller's emails on Friday hit the largest schools in Corvia.
            The man was arrested on Saturday at a rented flat.
            """));

        var reply = await bot.AnswerAsync("where was the email seller caught");

        Assert.DoesNotContain("Corvia", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
