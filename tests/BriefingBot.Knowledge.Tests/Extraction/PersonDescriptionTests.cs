using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class PersonDescriptionTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    [Fact]
    public void A_name_with_an_initial_for_a_surname_after_identified_as_is_a_described_person()
    {
        var knowledge = SyntheticArticle.Build(
            "The alleged driver, a 34-year-old bus mechanic identified only as Tomas R. under local law, was arrested on Monday.", Published);

        var person = knowledge.Named("Tomas R");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("a 34-year-old bus mechanic", person.Descriptions);
        Assert.Contains("The alleged driver", person.Descriptions);
        Assert.DoesNotContain("R", person.Aliases);
    }

    [Fact]
    public void A_description_with_a_place_phrase_before_an_aged_name_describes_a_person()
    {
        var knowledge = SyntheticArticle.Build("A tractor driver at the depot, 47-year-old Ivo Marek, then cut the cable.", Published);

        var person = knowledge.Named("Ivo Marek");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("A tractor driver at the depot", person.Descriptions);
    }

    [Fact]
    public void Names_with_an_age_between_commas_are_people()
    {
        var knowledge = SyntheticArticle.Build("The two men, named only as Oren P., 41, and Ivo T., 33, were held at a depot in Narvel.", Published);

        Assert.Equal(EntityKind.Person, knowledge.Named("Oren P").Kind);
        Assert.Equal(EntityKind.Person, knowledge.Named("Ivo T").Kind);
    }

    [Fact]
    public void A_bare_title_after_a_name_describes_the_person_and_ties_them_to_the_organisation()
    {
        var knowledge = SyntheticArticle.Build(
            "\"We found the boat,\" said Major Ilse Varn, head of the Coastal Smuggling Agency (CSA), which leads the search.", Published);

        var person = knowledge.Named("Ilse Varn");

        Assert.Contains("head of the Coastal Smuggling Agency", person.Descriptions);
        Assert.Contains(knowledge.Named("Coastal Smuggling Agency").Id, person.RelatedEntityIds);
    }

    [Fact]
    public void A_thing_named_after_a_naming_phrase_with_an_organisation_noun_is_not_a_person()
    {
        var knowledge = SyntheticArticle.Build("The attack was claimed by a militant group known as Red Dawn on Monday.", Published);

        Assert.Equal(EntityKind.Organization, knowledge.Named("Red Dawn").Kind);
    }

    [Fact]
    public void A_person_noun_phrase_with_of_and_for_before_a_name_describes_the_person()
    {
        var knowledge = SyntheticArticle.Build(
            "A doctor for one of the injured crew members, Maria Osk, said her patient was stable.", Published);

        var person = knowledge.Named("Maria Osk");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("A doctor for one of the injured crew members", person.Descriptions);
        Assert.DoesNotContain("the injured crew members", person.Descriptions);
    }

    [Fact]
    public void A_prepositional_phrase_opening_the_sentence_is_not_a_description_of_the_name_after_it()
    {
        var knowledge = SyntheticArticle.Build("In a statement on Monday, Maria Osk said the ward was closed.", Published);

        Assert.Empty(knowledge.Named("Maria Osk").Descriptions);
    }

    [Fact]
    public void She_after_a_described_person_resolves_to_her_and_a_he_in_the_same_sentence_stays_unresolved()
    {
        var knowledge = SyntheticArticle.Build(
            "Police Chief Karl Bauer said the ward was guarded. A lawyer for one of the patients, Maria Osk, said her client was calm. "
            + "She said he would sue the hospital.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("She said");

        Assert.Equal(knowledge.Named("Maria Osk").Id, mentions.Resolved("She")?.EntityId);
        Assert.Null(mentions.Resolved("he"));
        Assert.Contains(knowledge.Statements, s => s.SpeakerEntityId == knowledge.Named("Maria Osk").Id && s.Content.Contains("sue the hospital"));
    }

    [Fact]
    public void Its_role_before_a_name_takes_the_subject_of_the_sentence_before_as_owner()
    {
        var knowledge = SyntheticArticle.Build(
            "The Harbour Research Council (HRC), a Lisbon-based think tank, warned of more attacks. Its deputy director, Dr. Ana Prates, said ports were exposed.", Published);

        var person = knowledge.Named("Ana Prates");

        Assert.Contains("HRC deputy director", person.Roles);
        Assert.Contains(knowledge.Named("Harbour Research Council").Id, person.RelatedEntityIds);
        Assert.DoesNotContain(person.Descriptions, d => d.StartsWith("Its"));
    }

    [Fact]
    public void Its_role_after_a_sentence_opened_by_a_person_gets_no_owner()
    {
        var knowledge = SyntheticArticle.Build(
            "Minister Carla Mendes warned of more attacks. Its deputy director, Dr. Ana Prates, said ports were exposed.", Published);

        Assert.Empty(knowledge.Named("Ana Prates").Roles);
    }

    [Fact]
    public void The_head_noun_of_a_persons_description_refers_back_to_them_and_so_does_he_after_it()
    {
        var knowledge = SyntheticArticle.Build(
            "The 51-year-old welder, identified only as Piet V., worked for a bridge firm. Prosecutors say the welder cut 14 cables. "
            + "Police said he was paid 20,000 euros.", Published);

        var piet = knowledge.Named("Piet V").Id;

        Assert.Equal(piet, knowledge.MentionsInSentenceStarting("Prosecutors say").Resolved("the welder")?.EntityId);
        Assert.Equal(piet, knowledge.MentionsInSentenceStarting("Police said").Resolved("he")?.EntityId);
    }

    [Fact]
    public void A_description_noun_that_fits_two_people_refers_to_neither()
    {
        var knowledge = SyntheticArticle.Build(
            "A welder, identified only as Piet V., was arrested. A second welder, identified only as Jan K., was questioned. "
            + "Prosecutors say the welder cut 14 cables.", Published);

        Assert.Null(knowledge.MentionsInSentenceStarting("Prosecutors say").Resolved("the welder"));
    }

    [Fact]
    public void A_description_before_a_name_with_an_age_describes_the_person()
    {
        var knowledge = SyntheticArticle.Build("The Spanish pilot, 41-year-old Marta Vidal, said the crew was safe.", Published);

        Assert.Contains("The Spanish pilot", knowledge.Named("Marta Vidal").Descriptions);
    }

    [Fact]
    public void Two_descriptions_joined_by_and_after_a_name_are_kept_whole()
    {
        var knowledge = SyntheticArticle.Build(
            "The talks were led by Rui Valente, a 58-year-old fisherman and former mayor of the coastal town of Sines, on Monday.", Published);

        var person = knowledge.Named("Rui Valente");

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Contains("a 58-year-old fisherman and former mayor of the coastal town of Sines", person.Descriptions);
    }

    [Fact]
    public void Names_listed_after_first_names_are_people_described_by_the_noun_phrase_before()
    {
        var knowledge = SyntheticArticle.Build(
            "She said the two local guides, named by the company only by their first names, Tavi and Koro, had helped the crew.", Published);

        foreach (var name in new[] { "Tavi", "Koro" })
        {
            var person = knowledge.Named(name);
            Assert.Equal(EntityKind.Person, person.Kind);
            Assert.Contains("the two local guides", person.Descriptions);
        }
    }
}
