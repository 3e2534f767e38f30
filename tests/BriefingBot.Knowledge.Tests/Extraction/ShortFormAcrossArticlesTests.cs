using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class ShortFormAcrossArticlesTests
{
    private static readonly DateTime Published = new(2024, 3, 1);

    [Fact]
    public void A_capital_opening_a_sentence_of_another_article_is_not_the_short_form_of_an_organisation()
    {
        var knowledge = SyntheticArticle.BuildAll(Published,
            "Ferries were held at Korsa on Monday, said Ana Vell, director of the Harbours Authority. Harbours said the berths reopened.",
            "Harbours along the coast were closed by the storm on Tuesday, the weather office said.");

        var authority = knowledge.Entities.Single(e => e.Name == "Harbours Authority");

        Assert.Equal(new[] { "synthetic-1" }, authority.ArticleIds);
    }

    [Fact]
    public void A_lone_word_in_the_article_naming_the_organisation_is_still_its_short_form()
    {
        var knowledge = SyntheticArticle.BuildAll(Published,
            "Ferries were held at Korsa on Monday, said Ana Vell, director of the Harbours Authority. Harbours said the berths reopened.");

        Assert.Equal("Harbours Authority", knowledge.FindEntities("Harbours").Single().Entity.Name);
    }
}
