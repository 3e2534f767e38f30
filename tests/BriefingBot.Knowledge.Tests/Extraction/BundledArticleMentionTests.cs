using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

[Collection(BundledArticle.Name)]
public sealed class BundledArticleMentionTests(BundledKnowledge fixture)
{
    private IReadOnlyList<string> SurfacesOf(string name) =>
        fixture.Knowledge.MentionsOf(fixture.Named(name).Id).Select(m => m.Surface).ToList();

    [Fact]
    public void Surname_only_mentions_link_to_the_person()
    {
        Assert.Contains("Comey", SurfacesOf("James Comey"));
        Assert.Contains("Baghdadi", SurfacesOf("Abu Bakr al-Baghdadi"));
        Assert.Contains("Zawahiri", SurfacesOf("Ayman al Zawahiri"));
    }

    [Fact]
    public void Possessive_mentions_link_to_the_entity()
    {
        Assert.Contains("Abu Bakr al-Baghdadi\u2019s", SurfacesOf("Abu Bakr al-Baghdadi"));
        Assert.Contains("ISIS\u2019", SurfacesOf("Islamic State"));
    }

    [Fact]
    public void Role_phrases_resolve_to_the_person_who_holds_the_role()
    {
        var allawi = fixture.Knowledge.MentionsOf(fixture.Named("Ayad Allawi").Id);
        var zawahiri = fixture.Knowledge.MentionsOf(fixture.Named("Ayman al Zawahiri").Id);

        Assert.Contains(allawi, m => m.Surface == "The Iraqi vice president" && m.IsResolvedReference);
        Assert.Contains(allawi, m => m.Surface == "the Iraqi vice president" && m.IsResolvedReference);
        Assert.Contains(zawahiri, m => m.Surface == "The al-Qaeda leader" && m.IsResolvedReference);
    }

    [Fact]
    public void He_after_a_quote_resolves_to_the_last_person()
    {
        var sentence = fixture.SentenceWith("Through the fingers");

        var he = fixture.Knowledge.MentionsIn(sentence.Id).Single(m => m.Surface == "he");

        Assert.True(he.IsResolvedReference);
        Assert.Equal("James Comey", fixture.Knowledge.Entity(he.EntityId).Name);
    }

    [Fact]
    public void Abbreviated_country_names_link_to_the_country()
    {
        Assert.Contains("U.S.-backed", SurfacesOf("United States"));
        Assert.Contains("U.S.", SurfacesOf("United States"));
    }
}
