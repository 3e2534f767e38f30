using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class PronounCoreferenceTests
{
    private static readonly DateTime Published = new(2022, 6, 15);

    [Fact]
    public void It_opening_a_sentence_is_the_organisation_that_was_the_subject_before_and_the_fact_is_about_it()
    {
        var knowledge = SyntheticArticle.Build(
            "Norland Holdings moved about 3 million tonnes of grain in 2021. It is owned by two regional banks.", Published);
        var norland = knowledge.Named("Norland Holdings");
        var sentence = knowledge.Knowledge.Sentences.First(s => s.Text.StartsWith("It is", StringComparison.Ordinal));

        var mention = knowledge.MentionsIn(sentence.Id).Resolved("It");
        var fact = Assert.Single(knowledge.FactsIn(sentence.Id));

        Assert.Equal(norland.Id, mention?.EntityId);
        Assert.Equal(norland.Id, fact.SubjectEntityId);
        Assert.Contains(knowledge.FactsAbout(norland.Id), f => f.Verb == "own");
    }

    [Fact]
    public void Its_opening_a_sentence_is_the_vessel_that_was_the_subject_before_but_does_not_make_it_the_subject()
    {
        var knowledge = SyntheticArticle.Build(
            "The MV Sea Lark was boarded by armed men on Sunday. Its crew locked themselves in the engine room.", Published);
        var ship = knowledge.Named("MV Sea Lark");
        var sentence = knowledge.Knowledge.Sentences.First(s => s.Text.StartsWith("Its crew", StringComparison.Ordinal));

        var mention = knowledge.MentionsIn(sentence.Id).Resolved("Its");

        Assert.Equal(ship.Id, mention?.EntityId);
        Assert.DoesNotContain(knowledge.FactsIn(sentence.Id), f => f.SubjectEntityId == ship.Id);
    }

    [Fact]
    public void Its_in_a_sentence_naming_one_organisation_is_that_organisation()
    {
        var knowledge = SyntheticArticle.Build("On Friday, Norland Holdings said its booking systems were encrypted.", Published);

        var mention = knowledge.MentionsInSentenceStarting("On Friday").Resolved("its");

        Assert.Equal(knowledge.Named("Norland Holdings").Id, mention?.EntityId);
    }

    [Fact]
    public void They_opening_a_sentence_is_the_organisation_that_was_the_subject_before()
    {
        var knowledge = SyntheticArticle.Build(
            "The Harbour Workers Union organised a strike at three ports on Monday. They want a pay rise of 8 percent.", Published);

        var mention = knowledge.MentionsInSentenceStarting("They want").Resolved("They");

        Assert.Equal(knowledge.Named("Harbour Workers Union").Id, mention?.EntityId);
    }

    [Fact]
    public void They_after_a_plain_plural_subject_refers_to_nothing()
    {
        var knowledge = SyntheticArticle.Build(
            "Dock workers at Norland Holdings stopped work on Monday. They want a pay rise of 8 percent.", Published);

        Assert.Empty(knowledge.MentionsInSentenceStarting("They want"));
    }

    [Fact]
    public void It_after_a_person_subject_is_not_linked_to_an_organisation()
    {
        var knowledge = SyntheticArticle.Build(
            "Norland Holdings CEO Ana Silva visited the terminal on Monday. It was closed for repairs.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("It was");

        Assert.Empty(mentions);
    }

    [Fact]
    public void It_is_unclear_whether_refers_to_nothing()
    {
        var knowledge = SyntheticArticle.Build(
            "Norland Holdings moved about 3 million tonnes of grain in 2021. It is unclear whether the silo will reopen.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("It is");

        Assert.Empty(mentions);
    }

    [Fact]
    public void Its_after_a_name_that_only_qualifies_a_title_is_not_linked()
    {
        var knowledge = SyntheticArticle.Build(
            "Coastal Defence Agency (CDA) Director Ana Silva said hackers had mapped its systems for weeks.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("Coastal");

        Assert.Null(mentions.Resolved("its"));
    }

    [Fact]
    public void His_after_an_unnamed_person_described_with_who_is_not_the_person_named_before()
    {
        var knowledge = SyntheticArticle.Build(
            "Harbour master Piet Holm said the ship was late. A 30-year-old stoker who hurt his back was taken to hospital.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("A 30-year-old");

        Assert.Null(mentions.Resolved("his"));
    }

    [Fact]
    public void His_after_a_named_person_described_with_who_is_that_person()
    {
        var knowledge = SyntheticArticle.Build(
            "The ship was late on Monday. Harbour master Piet Holm, who hurt his back, stayed at home.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("Harbour");

        Assert.Equal(knowledge.Named("Piet Holm").Id, mentions.Resolved("his")?.EntityId);
    }

    [Fact]
    public void She_after_an_unnamed_person_the_sentence_introduces_is_not_the_person_named_before()
    {
        var knowledge = SyntheticArticle.Build(
            "The charity was shut on Monday. Harbour master Piet Holm said the ship was late. Last week, a retired nurse told reporters she had seen crates loaded at night.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("Last week");

        Assert.Null(mentions.Resolved("she"));
    }

    [Fact]
    public void He_after_a_named_person_set_beside_a_noun_is_that_person()
    {
        var knowledge = SyntheticArticle.Build(
            "The charity was shut on Monday. Harbour master Piet Holm, a retired nurse, told reporters he had seen crates loaded at night.", Published);

        var mentions = knowledge.MentionsInSentenceStarting("Harbour");

        Assert.Equal(knowledge.Named("Piet Holm").Id, mentions.Resolved("he")?.EntityId);
    }
}
