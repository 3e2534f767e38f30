using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"What make of van" asks for a name, which a sentence saying only "a rented van" does not give.</summary>
public sealed class MakeOfThingTests
{
    private const string Theft = """
        Depot Theft

        TARN — Investigators believe the crates were driven out of the depot in a rented van on the night of 20 November.
        """;

    private const string Question = "what make of van did they use to get the crates out of the depot?";

    [Fact]
    public async Task A_sentence_naming_no_make_does_not_answer_what_make_it_was()
    {
        using var bot = new BotUnderTest(InventedArticles.Load(Theft));

        Assert.Contains("not cover", await bot.AnswerAsync(Question));
    }

    [Fact]
    public async Task A_sentence_naming_the_make_next_to_the_thing_answers()
    {
        using var bot = new BotUnderTest(InventedArticles.Load(Theft.Replace("a rented van", "a rented Velmar van")));

        Assert.Contains("Velmar", await bot.AnswerAsync(Question));
    }
}
