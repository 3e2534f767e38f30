using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Understanding;

public sealed class DescribedEntityFinderTests
{
    private const string PortArticle = """
        Port Outage

        The port's operator, Harbour Line Terminals (HLT), said its systems failed on Monday.
        Harbour Line Terminals handled 2 million containers last year.
        """;

    private const string RailArticle = """
        Rail Outage

        The railway's operator, Northway Rail Group (NRG), said trains ran late on Monday.
        """;

    private const string WeldArticle = """
        Welder Held Over Bridge Fire

        ODDHAM — Police have arrested a welder over a fire that closed the Oddham bridge on Monday.
        The suspect, a 38-year-old welder identified only as Lars P., was held on Tuesday.
        The suspect told police the fire was an accident.
        """;

    private const string MillArticle = """
        Mill Fire

        A fire destroyed a flour mill in Brenby on Friday, and police said the suspect had been questioned.
        """;

    private static IReadOnlyList<string> Find(string question, params string[] articles) =>
        FindMatches(question, articles).Select(m => m.Entity.Name).ToList();

    private static IReadOnlyList<Knowledge.Query.EntityMatch> FindMatches(string question, params string[] articles)
    {
        var knowledge = InventedArticles.Load(articles);
        var finder = DescribedEntities.Finder(knowledge);
        return finder.Complete(question, knowledge.FindEntities(question), new ConversationMemory());
    }

    [Fact]
    public void A_description_the_articles_give_names_the_entity()
    {
        Assert.Equal(new[] { "Harbour Line Terminals" }, Find("who owns the port operator", PortArticle));
    }

    [Fact]
    public void A_plural_the_entity_is_never_called_by_does_not_name_it()
    {
        const string article = """
            Customs Raid

            The Harbour Guard, the enforcement arm of the Tarnian tax office, searched 22 containers on Monday.
            """;

        Assert.Equal(new[] { "Harbour Guard" }, Find("what did the enforcement arm search", article));
        Assert.Empty(Find("how many people were held in the arms raids", article));
    }

    [Fact]
    public void A_word_before_the_noun_must_be_said_of_the_entity_too()
    {
        Assert.Empty(Find("who owns the bus operator", PortArticle));
    }

    [Fact]
    public void A_description_that_fits_two_entities_names_neither()
    {
        Assert.Empty(Find("who owns the operator", PortArticle, RailArticle));
    }

    [Fact]
    public void The_conversation_subject_wins_when_it_fits()
    {
        var knowledge = InventedArticles.Load(PortArticle, RailArticle);
        var rail = knowledge.Entities.Single(e => e.Name == "Northway Rail Group");
        var finder = DescribedEntities.Finder(knowledge);

        var found = finder.Complete("who owns the operator", Array.Empty<Knowledge.Query.EntityMatch>(), new ConversationMemory { FocusEntityId = rail.Id });

        Assert.Equal("Northway Rail Group", Assert.Single(found).Entity.Name);
    }

    [Fact]
    public void The_first_words_of_a_long_name_with_another_last_word_name_it()
    {
        Assert.Equal(new[] { "Harbour Line Terminals" }, Find("how many containers did the harbour line company handle", PortArticle));
    }

    [Fact]
    public void A_person_noun_is_not_read_as_an_organisation()
    {
        Assert.DoesNotContain("Harbour Line Terminals", Find("who is the boss", PortArticle));
    }

    [Fact]
    public void A_noun_that_only_shares_the_stem_of_a_name_word_does_not_name_it()
    {
        const string article = """
            Pump Recall

            The pump maker, the Tarnian-based company Norvik Medical, recalled 400 pumps on Monday.
            Police arrested a clerk at his home in Belle, a town north of Brenby.
            """;

        Assert.Equal(new[] { "Norvik Medical" }, Find("what did the norvik medical firm recall", article));
        Assert.Empty(Find("where did the medication pump attack happen", article));
        Assert.Empty(Find("who rang the bell", article));
    }

    [Fact]
    public void A_place_and_the_noun_after_it_name_the_place_not_an_organisation_named_after_it()
    {
        const string article = """
            Cocaine Found at Brenby Port

            BRENBY — Police found 2 tonnes of cocaine in containers at the port of Brenby on Monday.
            The Brenby Port Authority said it would review its checks.
            """;

        var found = FindMatches("what did police find at brenby port", article);

        Assert.DoesNotContain("Brenby Port Authority", found.Select(m => m.Entity.Name));
        Assert.Equal("brenby port", found.Single(m => m.Entity.Name == "Brenby").Surface);
        Assert.Contains("Brenby Port Authority", Find("what did the brenby port authority say", article));
    }

    [Fact]
    public void A_things_name_and_the_noun_its_article_calls_it_by_are_one_reference()
    {
        const string article = """
            Undersea Cable Cut

            TARNBY — A ship cut an undersea power cable between Tarnia and Corvia on Sunday.
            The 90-kilometre Osprey Link failed at 3 a.m.
            The cable lies at a depth of 60 metres, and the Osprey Link will take six weeks to repair.
            Engineers said the cable had been cut by an anchor.
            """;

        var found = FindMatches("how long is the Osprey Link cable", article);

        Assert.Equal("Osprey Link cable", found.Single(m => m.Entity.Name == "Osprey Link").Surface);
    }

    [Fact]
    public void A_noun_sharing_only_a_stem_with_the_things_name_is_not_taken_into_it()
    {
        const string article = """
            Hackers Held

            TARNBY — The Tarn Cyber Directorate (TCD) arrested two hackers on Monday.
            The directorate said the men had hidden their tracks.
            """;

        var found = FindMatches("what did the tcd director say", article);

        Assert.Equal("tcd", found.Single().Surface);
    }

    [Fact]
    public void A_persons_lone_noun_that_another_article_uses_names_nobody()
    {
        Assert.Contains("Lars P", Find("how old is the suspect", WeldArticle));
        Assert.DoesNotContain("Lars P", Find("how old is the suspect", WeldArticle, MillArticle));
    }

    [Fact]
    public void A_noun_before_a_plural_after_a_preposition_only_modifies_it_and_names_nothing()
    {
        const string article = """
            Undersea Cable Cut

            TARNBY — A ship cut an undersea power cable between Tarnia and Corvia on Sunday.
            The 90-kilometre Osprey Link failed at 3 a.m.
            The cable lies at a depth of 60 metres.
            """;

        Assert.Contains("Osprey Link", Find("what happened to the cable", article));
        Assert.DoesNotContain("Osprey Link", Find("who was detained over the cable fires", article));
    }
}
