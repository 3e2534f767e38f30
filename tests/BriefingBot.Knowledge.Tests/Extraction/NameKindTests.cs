using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class NameKindTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    [Fact]
    public void A_one_word_name_that_speaks_with_no_full_name_before_is_no_person()
    {
        var knowledge = SyntheticArticle.Build("Police arrested eight people on Tuesday. On Wednesday, Tarnopol said documents from the workshop had turned up in 11 countries.", Published);

        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "Tarnopol" && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_capitalised_label_noun_before_a_number_is_no_entity()
    {
        var knowledge = SyntheticArticle.Build("Police found a stolen gauge on Tuesday. The regulator rates such gauges as Category 3, officials said.", Published);

        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "Category");
        Assert.Empty(knowledge.FindEntities("which category is the gauge"));
    }

    [Fact]
    public void A_long_form_whose_capitalised_initials_spell_the_acronym_is_the_whole_name()
    {
        var knowledge = SyntheticArticle.Build(
            "Police closed the bridge on Tuesday. Dr. Ana Berg, a researcher at the Norvik-based Centre for Critical Harbour Studies (CCHS), said the bridge was old.", Published);

        var centre = knowledge.FindEntities("CCHS").Single().Entity;

        Assert.Equal("Centre for Critical Harbour Studies", centre.Name);
        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "Centre");
    }

    [Fact]
    public void A_surname_that_speaks_after_the_full_name_is_the_person()
    {
        var knowledge = SyntheticArticle.Build("Police Chief Anna Kovac spoke on Tuesday. Kovac said eight people had been arrested.", Published);

        Assert.Equal(EntityKind.Person, knowledge.Named("Anna Kovac").Kind);
        Assert.Contains(knowledge.FindEntities("Kovac"), m => m.Entity.Name == "Anna Kovac");
    }

    [Fact]
    public void A_named_station_is_a_place_without_its_generic_last_word_as_alias()
    {
        var knowledge = SyntheticArticle.Build("Trains to Lindholm North Station were cancelled on Friday. Lindholm North Station reopened later.", Published);

        var station = knowledge.Named("Lindholm North Station");

        Assert.Equal(EntityKind.Place, station.Kind);
        Assert.DoesNotContain("Station", station.Aliases);
    }

    [Fact]
    public void A_lowercase_long_form_of_an_acronym_names_it_and_is_no_organisation()
    {
        var knowledge = SyntheticArticle.Build(
            "The drone fell inside Portugal's free trade zone (FTZ) on Monday. Customs officers closed the FTZ for a day.", Published);

        var zone = knowledge.FindEntities("FTZ").Single().Entity;

        Assert.Equal("free trade zone", zone.Name);
        Assert.Contains("FTZ", zone.Aliases);
        Assert.NotEqual(EntityKind.Organization, zone.Kind);
        Assert.Contains(knowledge.Named("Portugal").Id, zone.RelatedEntityIds);
    }

    [Fact]
    public void A_last_word_the_article_writes_in_lowercase_is_no_short_name_of_a_thing()
    {
        var knowledge = SyntheticArticle.Build("Power through the Harrow Link failed on Monday. The link would be repaired by Friday.", Published);

        Assert.DoesNotContain("Link", knowledge.Named("Harrow Link").Aliases);
    }

    [Fact]
    public void A_defined_name_headed_by_a_singular_product_noun_is_a_thing_not_an_organisation()
    {
        var knowledge = SyntheticArticle.Build("Data from the Coastal Tracking System (CTS), which logs boats, showed the route.", Published);

        Assert.Equal(EntityKind.Other, knowledge.Named("Coastal Tracking System").Kind);
    }

    [Fact]
    public void A_name_joined_to_another_before_a_plural_place_word_is_a_place()
    {
        var knowledge = SyntheticArticle.Build("Airlines reported lost signals over the Tarvic and Oslund regions last year.", Published);

        Assert.Equal(EntityKind.Place, knowledge.Named("Tarvic").Kind);
    }

    [Fact]
    public void A_name_described_as_a_headland_is_a_place()
    {
        var knowledge = SyntheticArticle.Build("The trawler anchored off Tarvik, a headland 20 kilometres east of Lisbon, on Monday.", Published);

        Assert.Equal(EntityKind.Place, knowledge.Named("Tarvik").Kind);
    }

    [Fact]
    public void A_name_described_by_an_age_or_a_who_clause_is_a_person_even_after_a_preposition_with_a_possessive()
    {
        var knowledge = SyntheticArticle.Build(
            "Police named the suspected organiser as Tomas Verin, a 38-year-old who is serving a sentence for fraud. "
            + "A reward was offered for information leading to Verin's arrest.", Published);

        Assert.Equal(EntityKind.Person, knowledge.Named("Tomas Verin").Kind);
    }

    [Fact]
    public void A_description_with_a_long_institute_name_is_kept_and_a_suffix_noun_makes_a_person()
    {
        var knowledge = SyntheticArticle.Build(
            "Ana Berro, a sociologist at the Ostwick-based Marlow Institute for Urban Studies, said the plan would fail.", Published);

        var expert = knowledge.Named("Ana Berro");

        Assert.Equal(EntityKind.Person, expert.Kind);
        Assert.Contains(expert.Descriptions, d => d.Contains("sociologist"));
    }

    [Fact]
    public void A_named_prison_is_a_place_that_its_name_without_the_last_word_also_names()
    {
        var knowledge = SyntheticArticle.Build(
            "Two men escaped from Old Mill Prison on Friday. Guards at Old Mill found the hole. Old Mill, built in 1901, holds 300 men.", Published);

        var prison = knowledge.Named("Old Mill Prison");

        Assert.Equal(EntityKind.Place, prison.Kind);
        Assert.DoesNotContain("Prison", prison.Aliases);
        Assert.True(prison.Aliases.Contains("Old Mill"), string.Join("; ", knowledge.Entities.Select(e => e.Name + "=" + string.Join("/", e.Aliases))));
        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "Old Mill");
    }

    [Fact]
    public void A_name_a_distance_and_direction_from_a_place_is_tied_to_it()
    {
        var knowledge = SyntheticArticle.Build("Two men escaped from Old Mill Prison, 20 kilometres north of Tarvostok, on Friday.", Published);

        var prison = knowledge.Named("Old Mill Prison");

        Assert.Contains(knowledge.Named("Tarvostok").Id, prison.RelatedEntityIds);
    }

    [Fact]
    public void A_possessive_name_after_a_preposition_is_no_place()
    {
        var knowledge = SyntheticArticle.Build(
            "The reward led to Rowe's arrest on Friday. Police questioned Tomas Rowe for hours.", Published);

        Assert.NotEqual(EntityKind.Place, knowledge.Named("Tomas Rowe").Kind);
    }

    [Fact]
    public void A_named_airport_or_harbour_is_a_place_but_a_person_keeps_a_surname()
    {
        var knowledge = SyntheticArticle.Build(
            "Flights left Marrow Field Airport on time, and ferries left Kessel Bay Harbour late. Jane Roe said delays were short.", Published);

        Assert.Equal(EntityKind.Place, knowledge.Named("Marrow Field Airport").Kind);
        Assert.Equal(EntityKind.Place, knowledge.Named("Kessel Bay Harbour").Kind);
        Assert.Contains("Roe", knowledge.Named("Jane Roe").Aliases);
    }

    [Fact]
    public void An_all_caps_dateline_takes_the_normal_case_name_used_in_the_article()
    {
        var knowledge = SyntheticArticle.Build("TARVOSTOK — Police closed the market on Monday. Traders in Tarvostok protested.", Published);

        var place = knowledge.Named("Tarvostok");

        Assert.Equal(EntityKind.Place, place.Kind);
        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "TARVOSTOK");
    }

    [Fact]
    public void An_all_caps_dateline_alone_is_a_place_but_an_acronym_opening_a_sentence_is_not()
    {
        var knowledge = SyntheticArticle.Build("TARVOSTOK — Police closed the market on Monday. NSP officers said the market was unsafe.", Published);

        Assert.Equal(EntityKind.Place, knowledge.Named("TARVOSTOK").Kind);
        Assert.NotEqual(EntityKind.Place, knowledge.Named("NSP").Kind);
    }

    [Theory]
    [InlineData("Shops will stay closed until the end of the Easter holidays.")]
    [InlineData("Fighting paused during Ramadan, officials said.")]
    [InlineData("Patrols will double over Christmas and New Year in the capital.")]
    [InlineData("The curfew was lifted before Eid.")]
    public void Holidays_and_feasts_are_not_entities(string sentence)
    {
        var knowledge = SyntheticArticle.Build(sentence, Published);

        Assert.DoesNotContain(knowledge.Entities, e => e.Name is "Easter" or "Ramadan" or "Christmas" or "New Year" or "Eid");
    }

    [Fact]
    public void A_longer_name_that_starts_with_a_holiday_is_still_an_entity()
    {
        var knowledge = SyntheticArticle.Build("Supply ships reached Christmas Island on Monday.", Published);

        Assert.Equal(EntityKind.Place, knowledge.Named("Christmas Island").Kind);
    }

    [Fact]
    public void An_organisation_word_opening_a_sentence_before_a_title_is_part_of_the_title()
    {
        var knowledge = SyntheticArticle.Build("Trains stopped on Monday. Police Commander Jane Roe said the line was safe.", Published);

        var person = knowledge.Named("Jane Roe");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("Police Commander", person.Roles);
    }

    [Fact]
    public void An_organisation_word_opening_a_sentence_before_a_plain_name_stays_out_of_it()
    {
        var knowledge = SyntheticArticle.Build("Trains stopped on Monday. Police said Jane Roe was unhurt.", Published);

        Assert.DoesNotContain(knowledge.Entities, e => e.Name.StartsWith("Police"));
        Assert.Empty(knowledge.Named("Jane Roe").Roles);
    }

    [Fact]
    public void A_name_coordinated_with_a_place_after_in_is_a_place()
    {
        var knowledge = SyntheticArticle.Build("Officers searched flats on Tuesday in Peru, Marlovo and Tessin.", Published);

        Assert.Equal(EntityKind.Place, knowledge.Named("Marlovo").Kind);
        Assert.Equal(EntityKind.Place, knowledge.Named("Tessin").Kind);
    }

    [Fact]
    public void A_nation_of_the_united_kingdom_after_a_town_is_a_place_even_after_a_person_noun()
    {
        var knowledge = SyntheticArticle.Build("In 2018 two people were poisoned with a nerve agent in Dunmore, Scotland, police said.", Published);

        Assert.Equal(EntityKind.Place, knowledge.Named("Scotland").Kind);
        Assert.Equal(EntityKind.Place, knowledge.Named("Dunmore").Kind);
    }

    [Fact]
    public void A_speaker_coordinated_after_a_place_stays_a_person()
    {
        var knowledge = SyntheticArticle.Build("Talks were held in Lima and Jane Roe said they went well.", Published);

        Assert.Equal(EntityKind.Person, knowledge.Named("Jane Roe").Kind);
    }

    [Fact]
    public void A_name_or_an_undefined_acronym_right_before_a_product_noun_is_a_product_not_an_organisation()
    {
        var knowledge = SyntheticArticle.Build(
            "He copied files on the Falcon radar onto USB drives. The Falcon radar was never fielded.", Published);

        Assert.Equal(EntityKind.Other, knowledge.Named("Falcon").Kind);
        Assert.Equal(EntityKind.Other, knowledge.Named("USB").Kind);
    }

    [Fact]
    public void An_organisation_name_or_a_defined_acronym_before_a_product_noun_stays_an_organisation()
    {
        var knowledge = SyntheticArticle.Build(
            "The Harbour Defence Agency (HDA) said on Monday that HDA drones and Marrow Security software had failed.", Published);

        Assert.Equal(EntityKind.Organization, knowledge.Named("Harbour Defence Agency").Kind);
        Assert.Equal(EntityKind.Organization, knowledge.Named("Marrow Security").Kind);
    }

    [Fact]
    public void A_capitalised_number_word_after_a_dateline_is_no_entity_but_a_name_with_one_is()
    {
        var knowledge = SyntheticArticle.Build(
            "LAKEPORT — Four sailors were rescued on Monday by the Channel Four film crew. Lakeport officials thanked them.", Published);

        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "Four");
        Assert.Contains(knowledge.Entities, e => e.Name == "Channel Four");
    }

    [Fact]
    public void A_name_after_a_place_preposition_before_a_reporting_verb_is_not_a_speaker()
    {
        var knowledge = SyntheticArticle.Build("The crew of a flight from Tarvik reported a drone near the runway.", Published);

        Assert.NotEqual(EntityKind.Person, knowledge.Named("Tarvik").Kind);
    }
}
