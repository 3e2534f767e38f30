using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Two days after Ann Roe was arrested, officers detained a clerk at his home in Pellby": asked where Ann Roe was
/// arrested, the place after the opening "after …" clause is the clerk's, not hers (invented articles).
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

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
