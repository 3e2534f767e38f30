using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class VesselTests
{
    private static readonly DateTime Published = new(2022, 6, 15);

    [Fact]
    public void A_ship_prefix_makes_a_vessel_known_without_the_prefix_and_without_a_surname()
    {
        var knowledge = SyntheticArticle.Build("The MV Sea Lark docked in Valletta on Monday.", Published);

        var ship = knowledge.Named("MV Sea Lark");

        Assert.Equal(EntityKind.Vessel, ship.Kind);
        Assert.Contains("Sea Lark", ship.Aliases);
        Assert.DoesNotContain("Lark", ship.Aliases);
    }

    [Fact]
    public void A_ship_noun_before_a_name_makes_a_vessel_described_by_it()
    {
        var knowledge = SyntheticArticle.Build("Drones struck the Maltese tanker Nordic Dawn on Sunday.", Published);

        var ship = knowledge.Named("Nordic Dawn");

        Assert.Equal(EntityKind.Vessel, ship.Kind);
        Assert.Contains("the Maltese tanker", ship.Descriptions);
        Assert.DoesNotContain("Dawn", ship.Aliases);
    }

    [Fact]
    public void An_apposition_headed_by_a_ship_noun_makes_a_vessel()
    {
        var knowledge = SyntheticArticle.Build("Silver Pearl, a bulk carrier registered in Panama, was seized on Monday.", Published);

        Assert.Equal(EntityKind.Vessel, knowledge.Named("Silver Pearl").Kind);
    }

    [Fact]
    public void A_flag_before_a_name_makes_a_vessel_even_when_its_name_ends_in_a_place_word()
    {
        var knowledge = SyntheticArticle.Build(
            "Radar showed that the Panama-flagged Silver Bay had passed over the pipeline. A patrol boat caught up with the Silver Bay on Monday. The Silver Bay's owner did not respond.",
            Published);

        var ship = knowledge.Named("Silver Bay");

        Assert.Equal(EntityKind.Vessel, ship.Kind);
        Assert.DoesNotContain("Bay", ship.Aliases);
        Assert.Contains(knowledge.Named("Panama").Id, ship.RelatedEntityIds);
    }

    [Fact]
    public void A_warship_noun_heading_the_apposition_before_a_name_makes_a_vessel()
    {
        var knowledge = SyntheticArticle.Build("He said a Ruritanian Navy minehunter, the Amberlin, had mapped the seabed.", Published);

        Assert.Equal(EntityKind.Vessel, knowledge.Named("Amberlin").Kind);
    }

    [Fact]
    public void Ms_before_a_name_is_a_title_not_a_ship_prefix()
    {
        var knowledge = SyntheticArticle.Build("Ms Jane Roe said the port would reopen on Friday.", Published);

        Assert.Equal(EntityKind.Person, knowledge.FindEntities("Jane Roe").Single().Entity.Kind);
    }

    [Fact]
    public void The_tanker_refers_to_the_vessel_described_as_a_tanker_not_to_another_ship_nearby()
    {
        var knowledge = SyntheticArticle.Build(
            "Drones struck the Maltese tanker Nordic Dawn and the MV Sea Lark on Sunday. The tanker's deck was damaged.", Published);

        var mention = knowledge.MentionsInSentenceStarting("The tanker's").Resolved("The tanker's");

        Assert.Equal(knowledge.Named("Nordic Dawn").Id, mention?.EntityId);
    }

    [Fact]
    public void The_ship_after_two_ships_in_the_sentences_before_stays_unresolved()
    {
        var knowledge = SyntheticArticle.Build(
            "The frigate Almira reached the MV Sea Lark after six hours. Marines retook the ship on Monday.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("Marines");

        Assert.Equal(EntityKind.Vessel, knowledge.Named("Almira").Kind);
        Assert.Null(mentions.Resolved("the ship"));
    }

    [Fact]
    public void The_ship_refers_to_the_only_vessel_named_before()
    {
        var knowledge = SyntheticArticle.Build(
            "Pirates boarded the MV Sea Lark on Sunday. Marines retook the ship on Monday.", Published);

        var mention = knowledge.MentionsInSentenceStarting("Marines").Resolved("the ship");

        Assert.Equal(knowledge.Named("MV Sea Lark").Id, mention?.EntityId);
    }
}
