using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>People asked about by what an article calls them ("the welder") rather than by name.</summary>
public sealed class DescribedPersonTests
{
    private const string BridgeArticle = """
        Welder Charged Over Bridge Sabotage

        HARBOURTOWN — Police have charged a man over damage to the Kessel Bridge, prosecutors said on Monday.

        The 51-year-old welder, identified only as Piet V., worked for Brightline Steel, a firm that maintains bridges. Prosecutors say he damaged 14 support cables over three weeks and was paid about 20,000 euros.

        The welder's lawyer, Anna Berg, said her client would contest the charges.
        """;

    private const string ShipyardArticle = """
        Shipyard Fire Investigated

        A welder, identified only as Jan K., was questioned after a fire at the Nordhaven shipyard on Tuesday.
        """;

    private static IReadOnlyList<string> Find(string question, params string[] articles)
    {
        var knowledge = InventedArticles.Load(articles);
        var finder = DescribedEntities.Finder(knowledge);
        return finder.Complete(question, knowledge.FindEntities(question), new ConversationMemory()).Select(m => m.Entity.Name).ToList();
    }

    [Fact]
    public void The_noun_of_a_persons_description_names_the_person()
    {
        Assert.Equal(new[] { "Piet V" }, Find("how many cables were damaged by the welder", BridgeArticle));
    }

    [Fact]
    public void A_verb_after_the_noun_that_names_nothing_leaves_the_noun_alone()
    {
        Assert.Equal(new[] { "Piet V" }, Find("how much was the welder paid", BridgeArticle));
    }

    [Fact]
    public void A_noun_after_the_noun_that_names_someone_else_names_that_one()
    {
        Assert.Equal(new[] { "Anna Berg" }, Find("how much was the welder lawyer paid", BridgeArticle));
    }

    [Fact]
    public void A_description_noun_two_people_share_names_neither()
    {
        Assert.Empty(Find("how many cables were damaged by the welder", BridgeArticle, ShipyardArticle));
    }

    [Fact]
    public void The_noun_names_the_person_their_article_calls_so_though_another_article_has_it_in_a_title()
    {
        const string dockArticle = """
            Fire at the Dock

            Welders from the yard put out a small fire on Monday.
            The fire was found by welders from the Dock Safety Board (DSB). DSB Chief Welder Dr. Ana Lindt said it had started in a paint store.
            """;

        Assert.Equal(new[] { "Piet V" }, Find("how many cables were damaged by the welder", BridgeArticle, dockArticle));
    }

    [Fact]
    public async Task A_question_about_a_described_person_is_answered_from_a_sentence_that_says_he()
    {
        using var bot = new BotUnderTest(InventedArticles.Load(BridgeArticle));

        var reply = await bot.AskAsync("c1", "how many cables were damaged by the welder");

        Assert.Contains("14", reply);
    }

    [Theory]
    [InlineData("what is the consulting firm called", AnswerKind.Organization)]
    [InlineData("what is the chat channel called", AnswerKind.Entity)]
    [InlineData("what is the consulting firm's name", AnswerKind.Organization)]
    [InlineData("what is the tug captain's name", AnswerKind.Entity)]
    public void The_noun_before_called_or_owning_the_name_says_what_kind_of_name_is_wanted(string question, AnswerKind expected)
    {
        Assert.Equal(expected, AnswerKindClassifier.Classify(question).Kind);
    }
}
