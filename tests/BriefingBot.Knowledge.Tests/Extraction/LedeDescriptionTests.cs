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
    [Fact]
    public void The_lede_describes_the_thing_the_second_sentence_names_and_its_definite_description_means_it()
    {
        var knowledge = SyntheticArticle.Build(
            "Title Words Here\n\nOSLO — Police have seized a trawler suspected of damaging an undersea power and data cable to Sweden, officials said, as the cable's operator warned of long repairs.\n\n"
            + "The 90-kilometre Northway Link failed on Sunday. The cable lies at a depth of 60 metres.\n\nThe North Sea Cable Council (NSCC) said it would patrol the area.", Published);
        var link = knowledge.Named("Northway Link");

        Assert.Contains("an undersea power and data cable", link.Descriptions);
        Assert.Equal(link.Id, knowledge.MentionsInSentenceStarting("The cable lies").Resolved("The cable")?.EntityId);
        Assert.Equal(link.Id, knowledge.MentionsInSentenceStarting("OSLO").Resolved("the cable's")?.EntityId);
    }
}
