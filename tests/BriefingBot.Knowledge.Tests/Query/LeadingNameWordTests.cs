using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Query;

public sealed class LeadingNameWordTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    [Fact]
    public void The_distinctive_first_word_of_an_organisation_name_finds_it()
    {
        var knowledge = SyntheticArticle.Build("Kestrel Marine Group said on Monday that 40 engineers had left the firm.", Published);

        Assert.Equal("Kestrel Marine Group", knowledge.FindEntities("how many engineers left kestrel").Single().Entity.Name);
    }

    [Fact]
    public void A_first_word_the_articles_use_in_lowercase_or_that_starts_two_names_finds_nothing()
    {
        var knowledge = SyntheticArticle.Build(
            "Harbour Watch Group said the harbour was closed. Osprey Marine Group and Osprey Rail Group both denied it.", Published);

        Assert.Empty(knowledge.FindEntities("who closed the harbour"));
        Assert.Empty(knowledge.FindEntities("what did osprey deny"));
    }

    [Fact]
    public void A_first_word_that_begins_a_persons_title_with_the_next_word_is_that_title()
    {
        var knowledge = SyntheticArticle.Build(
            "The Marvane Ministry said 40 boats had left the port. Marvane Minister Jane Roe said the port would reopen on Friday.", Published);

        Assert.DoesNotContain(knowledge.FindEntities("who is the marvane minister"), m => m.Entity.Name == "Marvane Ministry");
        Assert.Contains(knowledge.FindEntities("what did marvane say about the boats"), m => m.Entity.Name == "Marvane Ministry");
    }
}
