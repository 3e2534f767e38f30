using BriefingBot.Dialogs.State;
using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>Descriptions with a participle or two modifiers before the noun ("the released clerk", "the seized cargo ship").</summary>
public sealed class ModifiedDescriptionTests
{
    private const string ClerkArticle = """
        Clerk Home After Two Months

        The Chilean clerk, 41-year-old Marek Pavlov, told reporters he had been treated well.
        His employer said the guards released him on Friday.
        """;

    private const string ShipArticle = """
        Navy Frees Crew

        A navy patrol freed the crew of a seized cargo ship on Monday.
        The Panama-flagged MV Silver Heron had been held for three days.
        """;

    private static IReadOnlyList<string> Find(string question, params string[] articles)
    {
        var knowledge = InventedArticles.Load(articles);
        var finder = DescribedEntities.Finder(knowledge);
        return finder.Complete(question, knowledge.FindEntities(question), new ConversationMemory()).Select(m => m.Entity.Name).ToList();
    }

    [Fact]
    public void A_participle_the_article_uses_may_describe_the_person()
    {
        Assert.Contains("Marek Pavlov", Find("what did the released clerk say", ClerkArticle));
    }

    [Fact]
    public void A_participle_the_article_never_uses_describes_no_one()
    {
        Assert.DoesNotContain("Marek Pavlov", Find("what did the jailed clerk say", ClerkArticle));
    }

    [Fact]
    public void Two_modifiers_before_the_noun_must_both_fit()
    {
        Assert.Contains("MV Silver Heron", Find("how many crew were on the seized cargo ship", ShipArticle));
        Assert.DoesNotContain("MV Silver Heron", Find("how many crew were on the seized oil ship", ShipArticle));
    }

    [Fact]
    public void A_person_noun_after_the_noun_is_the_thing_meant()
    {
        const string navy = """
            Fees to Rise

            The Greek Navy said on Monday that harbour fees would rise.
            """;
        Assert.Contains("Greek Navy", Find("what did the navy say", navy));
        Assert.DoesNotContain("Greek Navy", Find("who is the navy spokesman", navy));
    }

    [Fact]
    public void A_lone_noun_another_article_uses_in_a_role_is_not_only_this_articles_entity()
    {
        const string navy = """
            Fees to Rise

            The Greek Navy said on Monday that harbour fees would rise.
            """;
        const string other = """
            Sailors Rescued

            Navy Spokesman Dan Cole said on Friday that all eight sailors were safe.
            """;
        Assert.Contains("Greek Navy", Find("what did the navy say", navy));
        Assert.DoesNotContain("Greek Navy", Find("who spoke for the navy", navy, other));
        Assert.Contains("Greek Navy", Find("what did the greek navy say", navy, other));
    }
}
