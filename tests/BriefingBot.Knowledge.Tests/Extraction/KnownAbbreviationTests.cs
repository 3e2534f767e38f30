using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class KnownAbbreviationTests
{
    private static readonly DateTime Published = new(2022, 6, 15);

    [Fact]
    public void A_well_known_abbreviation_is_an_alias_of_the_full_name_the_article_uses()
    {
        var knowledge = SyntheticArticle.Build(
            "The European Union said on Monday that sanctions would follow. EU ministers will meet in Brussels next week.", Published);

        var union = knowledge.FindEntities("EU").Single().Entity;
        var sentence = knowledge.Knowledge.Sentences.Single(s => s.Text.StartsWith("EU ministers"));

        Assert.Equal("European Union", union.Name);
        Assert.Contains("EU", union.Aliases);
        Assert.Contains(knowledge.MentionsIn(sentence.Id), m => m.EntityId == union.Id && m.Surface == "EU");
    }

    [Fact]
    public void An_abbreviation_alone_never_creates_the_full_name()
    {
        var knowledge = SyntheticArticle.Build("NATO warships sailed into the Baltic Sea on Monday, officials said.", Published);

        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "North Atlantic Treaty Organization");
        Assert.Empty(knowledge.FindEntities("North Atlantic Treaty Organization"));
    }
}
