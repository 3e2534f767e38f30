using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class LedeDescriptionTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    [Fact]
    public void The_lede_describes_the_vessel_the_second_sentence_names()
    {
        var knowledge = SyntheticArticle.Build(
            "A coast guard cutter rescued the crew of a burning chemical tanker off the coast on Monday. The Panama-flagged MV Sea Lark was carrying solvents. Its crew of 14 was unharmed.", Published);

        Assert.Contains("a burning chemical tanker", knowledge.Named("MV Sea Lark").Descriptions);
    }

    [Fact]
    public void A_name_later_in_the_article_or_after_two_fitting_descriptions_gets_none()
    {
        var knowledge = SyntheticArticle.Build(
            "A tanker and a bulk carrier collided off the coast on Monday. The MV Sea Lark lost power. Later the MV Blue Heron was towed away.", Published);

        Assert.Empty(knowledge.Named("MV Sea Lark").Descriptions);
        Assert.Empty(knowledge.Named("MV Blue Heron").Descriptions);
    }
}
