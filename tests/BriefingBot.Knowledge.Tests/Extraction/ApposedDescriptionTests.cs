using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class ApposedDescriptionTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    [Fact]
    public void A_route_before_a_country_is_no_description_and_the_port_of_a_name_describes_the_name()
    {
        var knowledge = SyntheticArticle.Build("The freighter was sailing from the northern port of Velmar to Lakeport, Portugal, on Monday.", Published);

        Assert.Empty(knowledge.Named("Portugal").Descriptions);
        Assert.Contains("the northern port", knowledge.Named("Velmar").Descriptions);
        Assert.Equal(EntityKind.Place, knowledge.Named("Velmar").Kind);
    }

    [Fact]
    public void A_description_ending_in_a_country_still_describes_the_name_after_it()
    {
        var knowledge = SyntheticArticle.Build("The rebels lost their last stronghold in Portugal, Velmar, on Monday.", Published);

        Assert.Contains("their last stronghold in Portugal", knowledge.Named("Velmar").Descriptions);
    }

    [Fact]
    public void An_apposition_after_a_bracketed_acronym_with_a_relative_clause_describes_the_organisation()
    {
        var knowledge = SyntheticArticle.Build(
            "Brightwave Marine Systems (BMS), a Bergen-based company that builds sonar and camera equipment for coastal navies, said it had been hacked.", Published);

        var company = knowledge.Named("Brightwave Marine Systems");

        Assert.Equal(EntityKind.Organization, company.Kind);
        Assert.Contains("a Bergen-based company that builds sonar and camera equipment for coastal navies", company.Descriptions);
        Assert.Equal(new[] { "Bergen" }, RelatedNames(knowledge, company));
    }

    [Fact]
    public void A_relative_clause_that_runs_past_twenty_words_is_no_description()
    {
        var knowledge = SyntheticArticle.Build(
            "Brightwave Marine Systems (BMS), a company that builds sonar and camera equipment and coastal radar masts for the navies and coast guards of several small northern states, said it had been hacked.", Published);

        Assert.Empty(knowledge.Named("Brightwave Marine Systems").Descriptions);
    }

    [Fact]
    public void A_person_noun_at_an_organisation_with_an_acronym_describes_the_person_and_the_next_apposition_stays_the_organisations()
    {
        var knowledge = SyntheticArticle.Build(
            "Dr. Lena Hartmann, a researcher at the Lisbon Institute for Port Security (LIPS), a non-profit research group, said attacks had doubled.", Published);

        var person = knowledge.Named("Lena Hartmann");
        var institute = knowledge.Named("Lisbon Institute for Port Security");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal(new[] { "a researcher at the Lisbon Institute for Port Security" }, person.Descriptions);
        Assert.Equal(new[] { "Lisbon Institute for Port Security" }, RelatedNames(knowledge, person));
        Assert.Equal(new[] { "a non-profit research group" }, institute.Descriptions);
    }

    [Fact]
    public void A_bracketed_acronym_inside_a_description_after_an_age_is_left_out_and_the_phrase_after_it_kept()
    {
        var knowledge = SyntheticArticle.Build(
            "Dr. Lena Hartmann, 41, director of the Lisbon Institute for Port Security Studies (LIPSS) at the University of Porto, said attacks had doubled.", Published);

        var person = knowledge.Named("Lena Hartmann");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal(new[] { "director of the Lisbon Institute for Port Security Studies at the University of Porto" }, person.Descriptions);
        Assert.Contains(knowledge.Named("Lisbon Institute for Port Security Studies").Id, person.RelatedEntityIds);
    }

    [Fact]
    public void A_bracketed_word_that_is_no_acronym_ends_no_description()
    {
        var knowledge = SyntheticArticle.Build(
            "Dr. Lena Hartmann, a researcher at the Lisbon Institute (retired), said attacks had doubled.", Published);

        Assert.Empty(knowledge.Named("Lena Hartmann").Descriptions);
    }

    [Fact]
    public void A_noun_phrase_opening_the_sentence_before_identified_only_as_describes_the_person()
    {
        var knowledge = SyntheticArticle.Build(
            "The 38-year-old crane mechanic, identified only as Pavel K. under local privacy rules, worked for the port authority.", Published);

        var person = knowledge.Named("Pavel K");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal(new[] { "The 38-year-old crane mechanic" }, person.Descriptions);
    }

    [Fact]
    public void A_noun_phrase_inside_the_clause_before_identified_only_as_is_no_description()
    {
        var knowledge = SyntheticArticle.Build(
            "Police questioned the 38-year-old crane mechanic, identified only as Pavel K., on Monday.", Published);

        Assert.Empty(knowledge.Named("Pavel K").Descriptions);
    }

    [Fact]
    public void A_naming_participle_with_words_before_its_as_makes_a_person_described_by_the_reported_clause_opening()
    {
        var knowledge = SyntheticArticle.Build(
            "A police spokesman said the suspect, identified under local privacy rules only as Pavel K., was arrested on Monday.", Published);

        var person = knowledge.Named("Pavel K");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal(new[] { "the suspect" }, person.Descriptions);
    }

    [Fact]
    public void A_plural_noun_before_listed_names_describes_none_of_them_alone()
    {
        var knowledge = SyntheticArticle.Build(
            "The suspects, identified under local privacy rules only as Pavel K., 36, and Ivan R., 29, were arrested on Monday.", Published);

        Assert.Empty(knowledge.Named("Pavel K").Descriptions);
    }

    [Fact]
    public void A_description_after_an_age_set_off_by_commas_describes_the_person()
    {
        var knowledge = SyntheticArticle.Build(
            "Dr. Alma Weiss, 48, head of the town's rescue service, said the water rose in minutes.", Published);

        Assert.Contains("head of the town's rescue service", knowledge.Named("Alma Weiss").Descriptions);
    }

    private static string[] RelatedNames(BriefingKnowledge knowledge, Entity entity) =>
        entity.RelatedEntityIds.Select(id => knowledge.Entity(id).Name).ToArray();
}
