using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Dialogs;

/// <summary>A first question that names nothing and fits two stories equally is asked back: which story (invented articles).</summary>
public sealed class WhichStoryTests : IDisposable
{
    private const string Van = """
        Bakery Van Stolen in Tarnby

        Police in Tarnby have arrested a man after a bakery van was stolen on Monday.
        The suspect, a 34-year-old courier, was arrested on Tuesday.
        """;

    private const string Passport = """
        Forged Passports Found at Corvia Port

        Border guards found 40 forged passports in a lorry at Corvia port on Monday.
        The suspect, a 51-year-old driver, was arrested on Wednesday.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Van, Passport));

    [Fact]
    public async Task A_first_question_fitting_two_stories_asks_which_story()
    {
        var reply = await _bot.AskAsync("a", "how old is the suspect");

        Assert.Contains("Bakery Van Stolen in Tarnby", reply);
        Assert.Contains("Forged Passports Found at Corvia Port", reply);
    }

    [Fact]
    public async Task The_chosen_story_answers_and_stays_the_story()
    {
        await _bot.AskAsync("b", "how old is the suspect");

        Assert.Contains("51", await _bot.AskAsync("b", "Forged Passports Found at Corvia Port"));
        Assert.Contains("Wednesday", await _bot.AskAsync("b", "when was the suspect arrested"));
    }

    [Fact]
    public async Task A_word_of_one_story_answers_directly()
    {
        Assert.Contains("34", await _bot.AskAsync("c", "how old is the suspect in the van theft"));
    }

    [Fact]
    public async Task A_question_in_a_story_is_answered_from_that_story()
    {
        Assert.Contains("40", await _bot.AskAsync("d", "how many forged passports were found"));

        Assert.Contains("51", await _bot.AskAsync("d", "how old is the suspect"));
    }

    [Fact]
    public async Task The_question_asks_back_with_every_story_it_fits()
    {
        using var bot = new BotUnderTest(InventedArticles.Load(Van, Passport, """
            Fishing Boat Stolen in Ostby

            Police in Ostby have arrested a man after a fishing boat was stolen on Friday.
            The suspect, a 47-year-old fisherman, was arrested on Sunday.
            """, """
            Church Bell Stolen in Lund

            Police in Lund have arrested a man after a church bell was stolen on Saturday.
            The suspect, a 29-year-old roofer, was arrested on Monday.
            """));

        var reply = await bot.AskAsync("e", "how old is the suspect");

        Assert.All(new[] { "Tarnby", "Corvia", "Ostby", "Lund" }, story => Assert.Contains(story, reply));
    }

    public void Dispose() => _bot.Dispose();
}
