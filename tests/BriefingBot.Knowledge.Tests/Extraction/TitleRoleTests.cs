using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class TitleRoleTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    [Fact]
    public void A_country_possessive_title_set_off_by_commas_is_the_role_of_the_name_after_it()
    {
        var knowledge = SyntheticArticle.Build(
            "Portugal's Defence Minister, Rui Valente, said the patrols off Portugal would continue. He said the navy was ready.", Published);

        var person = knowledge.Named("Rui Valente");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("Portugal Defence Minister", person.Roles);
        Assert.Contains(knowledge.Named("Portugal").Id, person.RelatedEntityIds);
        Assert.Equal(person.Id, knowledge.MentionsInSentenceStarting("He said").Resolved("He")?.EntityId);
    }

    [Theory]
    [InlineData("The inquiry is led by Chief Inspector Tomas Varga of the Coastal Crimes Agency (CCA), officials said.")]
    [InlineData("The inquiry is led by Chief Inspector Tomas Varga of the Coastal Crimes Agency, officials said.")]
    public void A_titled_name_of_an_organisation_is_a_person_related_to_a_separate_organisation(string text)
    {
        var knowledge = SyntheticArticle.Build(text + " Varga said the harbour was closed.", Published);

        var person = knowledge.Named("Tomas Varga");
        var agency = knowledge.Named("Coastal Crimes Agency");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("Chief Inspector", person.Roles);
        Assert.Equal(EntityKind.Organization, agency.Kind);
        Assert.Contains(agency.Id, person.RelatedEntityIds);
    }

    [Fact]
    public void A_capitalised_title_without_an_owner_before_a_comma_and_a_name_is_the_role()
    {
        var knowledge = SyntheticArticle.Build("The Chief Inspector, Joana Pires, closed the port on Monday.", Published);

        Assert.Contains("Chief Inspector", knowledge.Named("Joana Pires").Roles);
    }

    [Fact]
    public void A_name_that_runs_on_after_the_comma_gets_no_title_from_before_it()
    {
        var knowledge = SyntheticArticle.Build("Like the Interior Minister, Joana Pires Consulting said the port was safe.", Published);

        Assert.Empty(knowledge.Named("Joana Pires Consulting").Roles);
    }

    [Fact]
    public void A_hyphenated_title_made_of_title_words_is_split_from_the_name()
    {
        var knowledge = SyntheticArticle.Build(
            "The Harbour Research Council (HRC) closed two offices. HRC Director-General Ana Prates said the offices would reopen. The director-general said staff were safe.", Published);

        var person = knowledge.Named("Ana Prates");

        Assert.Contains("HRC Director-General", person.Roles);
        Assert.Equal(person.Id, knowledge.MentionsInSentenceStarting("The director-general").Resolved("The director-general")?.EntityId);
    }

    [Fact]
    public void A_name_with_an_inner_particle_is_a_person_known_by_the_particle_and_surname()
    {
        var knowledge = SyntheticArticle.Build(
            "The talks were led by Ahmed Ag Ilias on Monday. He met the captors twice. \"We waited,\" Ag Ilias told reporters.", Published);

        var person = knowledge.Named("Ahmed Ag Ilias");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("Ag Ilias", person.Aliases);
        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "Ag Ilias");
        Assert.Equal(person.Id, knowledge.MentionsInSentenceStarting("He met").Resolved("He")?.EntityId);
    }

    [Fact]
    public void A_lowercase_title_with_modifiers_and_a_place_phrase_after_a_possessive_owner_is_a_role()
    {
        var knowledge = SyntheticArticle.Build(
            "The Harbour Research Council (HRC) published a report. HRC's regional coordinator for the Baltic, Ana Prates, said ports were exposed.", Published);

        var person = knowledge.Named("Ana Prates");

        Assert.Contains("HRC regional coordinator", person.Roles);
        Assert.Contains(knowledge.Named("Harbour Research Council").Id, person.RelatedEntityIds);
    }

    [Fact]
    public void A_lowercase_organisation_word_before_a_lowercase_title_and_a_name_makes_a_role_without_an_owner()
    {
        var knowledge = SyntheticArticle.Build(
            "The harbour was closed on Monday, police spokeswoman Ana Prates said.", Published);

        var person = knowledge.Named("Ana Prates");

        Assert.Contains("police spokeswoman", person.Roles);
        Assert.Empty(person.RelatedEntityIds);
    }
}
