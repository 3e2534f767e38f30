using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

/// <summary>People named after an age, a nationality, an owner's possessive or a naming verb (schema 23).</summary>
public sealed class PersonApposedNameTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    [Fact]
    public void An_age_and_a_nationality_before_a_name_are_passed_over_to_the_description_before_them()
    {
        var knowledge = SyntheticArticle.Build("The skipper, 51-year-old Norwegian national Lars Brekke, appeared in court on Monday.", Published);

        var person = knowledge.Named("Lars Brekke");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("The skipper", person.Descriptions);
        Assert.Contains("Norwegian national", person.Descriptions);
    }

    [Fact]
    public void An_age_right_before_a_name_that_ends_its_noun_phrase_makes_a_person()
    {
        var knowledge = SyntheticArticle.Build(
            "Police arrested 38-year-old Tomas Ruel in the harbour. Officers also questioned a 61-year-old Kessel farmer.", Published);

        Assert.Equal(EntityKind.Person, knowledge.Named("Tomas Ruel").Kind);
        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "Kessel" && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_second_pair_of_description_and_name_after_and_is_no_list_of_names()
    {
        var knowledge = SyntheticArticle.Build("The cook, Lars Brekke, and the mechanic, Tomas Ruel, appeared in court on Monday.", Published);

        Assert.Contains("The cook", knowledge.Named("Lars Brekke").Descriptions);
        Assert.Contains("the mechanic", knowledge.Named("Tomas Ruel").Descriptions);
    }

    [Fact]
    public void A_skipper_is_a_person_noun()
    {
        var knowledge = SyntheticArticle.Build("Lars Brekke, a skipper from the north, was arrested on Monday.", Published);

        Assert.Equal(EntityKind.Person, knowledge.Named("Lars Brekke").Kind);
    }

    [Fact]
    public void An_owners_possessive_before_a_noun_and_a_name_describes_the_name_and_ties_it_to_the_owner()
    {
        var knowledge = SyntheticArticle.Build(
            "Lars Brekke was charged on Monday. Brekke's lawyer, Ana Prates, said her client was innocent.", Published);

        var lawyer = knowledge.Named("Ana Prates");

        Assert.Equal(EntityKind.Person, lawyer.Kind);
        Assert.Contains("Brekke's lawyer", lawyer.Descriptions);
        Assert.Contains(knowledge.Named("Lars Brekke").Id, lawyer.RelatedEntityIds);
    }

    [Fact]
    public void An_owner_named_by_an_initial_before_a_possessive_describes_the_name_and_ties_it_to_the_owner()
    {
        var knowledge = SyntheticArticle.Build(
            "Police arrested a man identified only as Lars B. on Monday. Lars B.'s lawyer, Ana Prates, said her client was innocent.", Published);

        var lawyer = knowledge.Named("Ana Prates");

        Assert.Equal(EntityKind.Person, lawyer.Kind);
        Assert.Contains("Lars B.'s lawyer", lawyer.Descriptions);
        Assert.Contains(knowledge.Named("Lars B").Id, lawyer.RelatedEntityIds);
    }

    [Fact]
    public void A_possessive_owner_before_a_capitalised_owner_keeps_its_article()
    {
        var knowledge = SyntheticArticle.Build("Police worked with the Harbour Union's police agency, Portwatch, on Monday.", Published);

        Assert.Contains("the Harbour Union's police agency", knowledge.Named("Portwatch").Descriptions);
    }

    [Fact]
    public void A_lowercase_role_after_an_owner_is_not_repeated_as_a_description()
    {
        var knowledge = SyntheticArticle.Build(
            "The Harbour Research Council (HRC) published a report. HRC's chief researcher, Ana Prates, said ports were exposed.", Published);

        var person = knowledge.Named("Ana Prates");

        Assert.Contains("HRC chief researcher", person.Roles);
        Assert.Empty(person.Descriptions);
    }

    [Fact]
    public void An_owners_possessive_after_the_name_opens_a_description_not_a_list()
    {
        var knowledge = SyntheticArticle.Build(
            "The Harbour Safety Agency (HSA) closed the port. Ana Prates, the HSA's director of harbour operations, said ferries would wait.", Published);

        var person = knowledge.Named("Ana Prates");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("the HSA's director of harbour operations", person.Descriptions);
        Assert.Contains(knowledge.Named("Harbour Safety Agency").Id, person.RelatedEntityIds);
    }

    [Fact]
    public void A_person_noun_named_by_a_verb_before_as_makes_a_person_without_keeping_the_bare_role()
    {
        var knowledge = SyntheticArticle.Build("Police named the alleged ringleader as Rui Costa on Monday.", Published);

        var person = knowledge.Named("Rui Costa");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Empty(person.Descriptions);
    }

    [Fact]
    public void A_convener_between_an_organisation_and_a_name_is_a_title()
    {
        var knowledge = SyntheticArticle.Build("Harbour District Council Convener Ana Prates said the port would reopen.", Published);

        var person = knowledge.Named("Ana Prates");
        var council = knowledge.Named("Harbour District Council");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("Harbour District Council Convener", person.Roles);
        Assert.Equal(EntityKind.Organization, council.Kind);
        Assert.Contains(council.Id, person.RelatedEntityIds);
    }

    [Theory]
    [InlineData("Chief Constable Ana Prates said the port would reopen.", "Chief Constable")]
    [InlineData("Detective Ana Prates said the port would reopen.", "Detective")]
    [InlineData("Prison Warden Ana Prates said the port would reopen.", "Prison Warden")]
    public void A_police_or_prison_title_before_a_name_is_split_from_it(string text, string role)
    {
        var knowledge = SyntheticArticle.Build(text, Published);

        Assert.Contains(role, knowledge.Named("Ana Prates").Roles);
    }

    [Fact]
    public void A_person_noun_opening_the_sentence_before_a_name_is_no_part_of_the_name()
    {
        var knowledge = SyntheticArticle.Build("Fisherman Lars Brekke was arrested on Monday.", Published);

        Assert.Equal(EntityKind.Person, knowledge.Named("Lars Brekke").Kind);
        Assert.DoesNotContain(knowledge.Entities, e => e.Name.StartsWith("Fisherman", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lowercase_person_noun_before_a_two_word_name_makes_a_person_but_not_before_a_body()
    {
        var knowledge = SyntheticArticle.Build(
            "Police questioned local fisherman Lars Brekke on Monday. The parcels came through the courier Nordlys Freight Lines on Friday.", Published);

        Assert.Equal(EntityKind.Person, knowledge.Named("Lars Brekke").Kind);
        Assert.NotEqual(EntityKind.Person, knowledge.Named("Nordlys Freight Lines").Kind);
    }

    [Fact]
    public void A_ship_in_the_possessive_does_not_head_a_description()
    {
        var knowledge = SyntheticArticle.Build("Lars Brekke, the ship's captain, was arrested on Monday.", Published);

        Assert.Equal(EntityKind.Person, knowledge.Named("Lars Brekke").Kind);
    }

    [Fact]
    public void A_who_clause_right_after_a_name_makes_a_person_but_not_after_a_preposition()
    {
        var knowledge = SyntheticArticle.Build(
            "Lars Brekke, who heads the harbour inquiry, was in court on Monday. Smoke was seen by a resident of Tarvik, who called the fire brigade.", Published);

        Assert.Equal(EntityKind.Person, knowledge.Named("Lars Brekke").Kind);
        Assert.NotEqual(EntityKind.Person, knowledge.Named("Tarvik").Kind);
    }
}
