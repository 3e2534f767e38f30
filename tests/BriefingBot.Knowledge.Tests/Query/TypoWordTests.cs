using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Query;

public sealed class TypoWordTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    [Fact]
    public void A_word_the_articles_write_in_lowercase_is_no_typo_for_a_name()
    {
        var knowledge = SyntheticArticle.Build(
            "Analyst Petra Rewald said the owners had offered a reward of 5,000 euros. Rewald said the ferry was old.", Published);

        Assert.Empty(knowledge.FindEntities("how big is the reward"));
        Assert.Equal("Petra Rewald", knowledge.FindEntities("what did rewalt say").Single().Entity.Name);
    }
}
