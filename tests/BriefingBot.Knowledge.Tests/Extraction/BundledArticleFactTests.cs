using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

[Collection(BundledArticle.Name)]
public sealed class BundledArticleFactTests(BundledKnowledge fixture)
{
    [Fact]
    public void Isis_broke_away_from_al_qaeda_in_2014()
    {
        var fact = fixture.Knowledge.FactsIn(fixture.SentenceWith("broke away").Id).Single();

        Assert.Equal("break away", fact.Verb);
        Assert.Equal("Islamic State", fixture.Knowledge.Entity(fact.SubjectEntityId!.Value).Name);
        Assert.Contains(fact.ObjectEntityIds, id => fixture.Knowledge.Entity(id).Name == "al-Qaeda");
        Assert.Equal(new DateTime(2014, 1, 1), fixture.Knowledge.Time(fact.TimeId!.Value).ResolvedStart);
    }

    [Fact]
    public void The_battle_for_mosul_has_been_raging_since_october_2016()
    {
        var fact = fixture.Knowledge.FactsIn(fixture.SentenceWith("has been raging").Id).Single();

        Assert.Equal("The battle for Mosul", fact.Subject);
        Assert.Equal("rage", fact.Verb);
        Assert.Equal("Mosul", fixture.Knowledge.Entity(fact.PlaceEntityId!.Value).Name);
        Assert.Equal(new DateTime(2016, 10, 1), fixture.Knowledge.Time(fact.TimeId!.Value).ResolvedStart);
    }

    [Fact]
    public void A_fact_after_a_leading_time_phrase_keeps_its_subject_and_time()
    {
        var fact = fixture.Knowledge.FactsIn(fixture.SentenceWith("have been fiercely fighting").Id).Single();

        Assert.Equal("the two groups", fact.Subject);
        Assert.Equal("fight", fact.Verb);
        Assert.NotNull(fact.TimeId);
    }

    [Fact]
    public void Reported_speech_yields_the_reported_fact_not_the_reporting_verb()
    {
        var fact = fixture.Knowledge.FactsIn(fixture.SentenceWith("have said that ISIS has worked together").Id).Single();

        Assert.Equal("work together", fact.Verb);
        Assert.Equal("Islamic State", fixture.Knowledge.Entity(fact.SubjectEntityId!.Value).Name);
        Assert.Contains(fact.ObjectEntityIds, id => fixture.Knowledge.Entity(id).Name == "Taliban");
    }
}
