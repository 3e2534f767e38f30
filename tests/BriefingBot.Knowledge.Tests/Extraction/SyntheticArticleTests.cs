using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Query;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class SyntheticArticleTests
{
    private static readonly DateTime Published = new(2022, 6, 15);

    [Theory]
    [InlineData("\"We found the boat at dawn,\" said Colonel Ivo Brandt, head of the Rail Crime Unit.")]
    [InlineData("\"We found the boat at dawn,\" said Dr. Ivo Brandt, head of the burns unit at Harl Hospital.")]
    public void An_inverted_speaker_with_a_title_before_the_name_is_the_speaker(string text)
    {
        var knowledge = SyntheticArticle.Build(text, Published);

        Assert.Contains(knowledge.Statements, s => s.SpeakerEntityId == knowledge.Named("Ivo Brandt").Id && s.Content.Contains("found the boat"));
    }

    [Fact]
    public void A_clause_before_a_lowercase_role_and_a_name_then_said_is_what_they_said()
    {
        var knowledge = SyntheticArticle.Build("Both men told investigators they had been looking for copper, police spokeswoman Ina Falk said.", Published);

        Assert.Contains(knowledge.Statements, s => s.SpeakerEntityId == knowledge.Named("Ina Falk").Id && s.Content.Contains("looking for copper"));
    }

    [Fact]
    public void He_or_she_in_a_speech_context_is_the_last_speaker_not_the_last_person_named()
    {
        var knowledge = SyntheticArticle.Build(
            "Harbour Police Chief Jane Roe said the port was closed. The chief met Mayor Tom Diaz on Friday.\n\n" +
            "\u201CWe will reopen it soon,\u201D she added.", Published);
        var roe = knowledge.FindEntities("Jane Roe").Single().Entity;

        var added = knowledge.Statements.Single(s => s.Verb == "add");

        Assert.Equal(roe.Id, added.SpeakerEntityId);
        Assert.Equal("We will reopen it soon", added.Content);
        Assert.Contains(knowledge.MentionsOf(roe.Id), m => m.Surface == "she" && m.IsResolvedReference);
    }

    [Fact]
    public void A_new_article_needs_no_code_change_to_answer_who_when_and_how_many()
    {
        var knowledge = SyntheticArticle.Build(
            "The Coastal Defence Agency (CDA) said on Monday that 12 drones had crossed the border since March. " +
            "CDA Director Ana Silva warned that the attacks would continue.", Published);

        var agency = knowledge.FindEntities("cda").Single().Entity;
        var silva = knowledge.FindEntities("the CDA director").Single().Entity;
        var said = knowledge.StatementsBy(agency.Id).Single();

        Assert.Equal("Coastal Defence Agency", agency.Name);
        Assert.Equal("Ana Silva", silva.Name);
        Assert.Contains(knowledge.StatementsBy(silva.Id), s => s.Verb == "warn" && s.Content == "the attacks would continue");
        Assert.Equal(new DateTime(2022, 6, 13), knowledge.Time(said.TimeId!.Value).ResolvedStart);
        var sentence = knowledge.SentencesMentioning(agency.Id).First();
        Assert.Contains(knowledge.QuantitiesIn(sentence.Id), q => q.Value == 12 && q.Unit == "drones");
        Assert.Contains(knowledge.TimesIn(sentence.Id), t => t.Display == "since March 2022");
    }

    [Fact]
    public void Facts_about_an_entity_include_those_where_it_is_the_place()
    {
        var knowledge = SyntheticArticle.Build("Rebels seized the port of Tobruk in 2019. The navy blockaded Tobruk last week.", Published);
        var tobruk = knowledge.FindEntities("Tobruk").Single().Entity;

        var facts = knowledge.FactsAbout(tobruk.Id);

        Assert.Equal(EntityKind.Place, tobruk.Kind);
        Assert.Contains(facts, f => f.Verb == "seize" && knowledge.Time(f.TimeId!.Value).ResolvedStart == new DateTime(2019, 1, 1));
        Assert.Contains(facts, f => f.Verb == "blockade");
    }
}
