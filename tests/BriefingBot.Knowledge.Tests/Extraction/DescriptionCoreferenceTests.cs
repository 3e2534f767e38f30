using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class DescriptionCoreferenceTests
{
    private static readonly DateTime Published = new(2022, 6, 15);

    [Fact]
    public void The_ship_that_meant_one_vessel_is_not_read_as_another_vessel_named_in_passing()
    {
        var knowledge = SyntheticArticle.Build(
            "Police boarded the Panama-flagged Silver Gull on Monday. The ship was carrying grain. "
            + "Officers said a navy frigate, the Tern, had tracked it. The case is under investigation. The ship's crew were questioned.", Published);

        Assert.Equal(knowledge.Named("Silver Gull").Id, knowledge.MentionsInSentenceStarting("The ship was").Resolved("The ship")?.EntityId);
        Assert.NotEqual(knowledge.Named("Tern").Id, knowledge.MentionsInSentenceStarting("The ship's").Resolved("The ship's")?.EntityId);
    }

    [Fact]
    public void The_ship_keeps_meaning_its_vessel_when_the_other_vessel_was_typed_by_its_own_noun()
    {
        var knowledge = SyntheticArticle.Build(
            "Police boarded the Panama-flagged Silver Gull on Monday. The ship was carrying grain. "
            + "Officers said a navy frigate, the Tern, had tracked it. The case is under investigation. The ship's crew were questioned.", Published);

        Assert.Equal(knowledge.Named("Silver Gull").Id, knowledge.MentionsInSentenceStarting("The ship's").Resolved("The ship's")?.EntityId);
    }

    [Fact]
    public void The_ship_stays_unresolved_when_an_untyped_vessel_was_named_since()
    {
        var knowledge = SyntheticArticle.Build(
            "Police boarded the Panama-flagged Silver Gull on Monday. The ship was carrying grain. "
            + "Officers said the Malta-flagged Tern had tracked it. The case is under investigation. The ship's crew were questioned.", Published);

        Assert.Contains(knowledge.Entities, e => e.Name == "Tern");
        Assert.Null(knowledge.MentionsInSentenceStarting("The ship's").Resolved("The ship's"));
    }

    [Fact]
    public void The_group_refers_to_the_entity_described_as_a_group()
    {
        var knowledge = SyntheticArticle.Build(
            "Officials said a criminal group calling itself RedFin locked the booking systems of Norland Freight on Friday. " +
            "The group has demanded a ransom of $2 million.", Published);
        var redFin = knowledge.Named("RedFin");

        var mention = knowledge.MentionsInSentenceStarting("The group").Resolved("The group");

        Assert.Equal(redFin.Id, mention?.EntityId);
    }

    [Fact]
    public void The_gang_refers_to_an_entity_described_as_a_criminal_group()
    {
        var knowledge = SyntheticArticle.Build(
            "Police said a criminal group calling itself RedFin had hit twelve ports. Analyst Ana Silva said the gang usually strikes at night.", Published);

        var mention = knowledge.MentionsInSentenceStarting("Analyst").Resolved("the gang");

        Assert.Equal(knowledge.Named("RedFin").Id, mention?.EntityId);
    }

    [Fact]
    public void The_committee_refers_to_the_body_whose_name_is_a_committee_even_paragraphs_later()
    {
        var knowledge = SyntheticArticle.Build(
            "The Coastal Safety Committee published its report on Monday.\n\nFerries were overloaded on most routes, officials said.\n\n" +
            "Port workers were not trained. The committee found that no ferry carried enough lifeboats.", Published);

        var mention = knowledge.MentionsInSentenceStarting("The committee").Resolved("The committee");

        Assert.Equal(knowledge.Named("Coastal Safety Committee").Id, mention?.EntityId);
    }

    [Fact]
    public void A_possessive_description_refers_to_the_described_entity()
    {
        var knowledge = SyntheticArticle.Build(
            "The terminal's operator, Norland Freight, said its systems were down. Hackers had entered the operator's network in January.", Published);

        var mention = knowledge.MentionsInSentenceStarting("Hackers").Resolved("the operator's");

        Assert.Equal(knowledge.Named("Norland Freight").Id, mention?.EntityId);
    }

    [Fact]
    public void A_persons_company_is_the_organisation_the_person_is_tied_to()
    {
        var knowledge = SyntheticArticle.Build(
            "Norland Holdings CEO Ana Silva said prices would rise. Silva's company moved 2 million containers last year.", Published);

        var mention = knowledge.MentionsInSentenceStarting("Silva's company").Resolved("Silva's company");

        Assert.Equal(knowledge.Named("Norland Holdings").Id, mention?.EntityId);
    }

    [Fact]
    public void Two_fitting_companies_in_the_sentences_before_leave_the_company_unresolved()
    {
        var knowledge = SyntheticArticle.Build(
            "Norland Holdings and Baltic Haulage Group signed a joint contract on Monday. The company said prices would rise.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("The company");

        Assert.All(new[] { "Norland Holdings", "Baltic Haulage Group" }, name => Assert.Equal(Model.EntityKind.Organization, knowledge.Named(name).Kind));
        Assert.Null(mentions.Resolved("The company"));
    }

    [Fact]
    public void The_group_of_pension_funds_is_a_new_thing_not_a_reference_to_a_named_group()
    {
        var knowledge = SyntheticArticle.Build(
            "A criminal group calling itself RedFin attacked the terminal on Monday. The terminal is owned by the group of pension funds that built it.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("The terminal is");

        Assert.DoesNotContain(mentions, m => m.Surface.StartsWith("the group", StringComparison.Ordinal));
    }

    [Fact]
    public void A_description_that_names_a_new_entity_is_not_a_reference()
    {
        var knowledge = SyntheticArticle.Build(
            "Norland Freight, a logistics company, moved 2 million containers. The ships were chartered from the company Baltic Haulage.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("The ships");

        Assert.DoesNotContain(mentions, m => m.IsResolvedReference);
    }

    [Fact]
    public void A_description_resolved_as_the_subject_gives_the_fact_its_subject_entity()
    {
        var knowledge = SyntheticArticle.Build(
            "Police said a criminal group calling itself RedFin had hit twelve ports. The group encrypted the booking system of a ferry line in May.", Published);
        var sentence = knowledge.Knowledge.Sentences.First(s => s.Text.StartsWith("The group", StringComparison.Ordinal));

        var fact = Assert.Single(knowledge.FactsIn(sentence.Id));

        Assert.Equal(knowledge.Named("RedFin").Id, fact.SubjectEntityId);
        Assert.Equal("encrypt", fact.Verb);
    }
}
