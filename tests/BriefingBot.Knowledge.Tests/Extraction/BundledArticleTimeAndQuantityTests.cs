using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

[Collection(BundledArticle.Name)]
public sealed class BundledArticleTimeAndQuantityTests(BundledKnowledge fixture)
{
    [Fact]
    public void The_mosul_battle_start_resolves_to_october_2016()
    {
        var sentence = fixture.SentenceWith("raging since last October");

        var time = Assert.Single(fixture.Knowledge.TimesIn(sentence.Id));

        Assert.Equal("since last October", time.Text);
        Assert.Equal(new DateTime(2016, 10, 1), time.ResolvedStart);
        Assert.Equal("since October 2016", time.Display);
    }

    [Fact]
    public void A_weekday_resolves_to_the_one_before_publication()
    {
        var sentence = fixture.SentenceWith("in an interview Monday");

        var time = Assert.Single(fixture.Knowledge.TimesIn(sentence.Id));

        Assert.Equal(new DateTime(2017, 4, 17), time.ResolvedStart);
    }

    [Fact]
    public void This_year_and_a_bare_year_resolve_to_whole_years()
    {
        var thisYear = fixture.Knowledge.TimesIn(fixture.SentenceWith("This year, both groups").Id).Single();
        var year = fixture.Knowledge.TimesIn(fixture.SentenceWith("broke away from al-Qaeda in 2014").Id).Single();

        Assert.Equal(new DateTime(2017, 1, 1), thisYear.ResolvedStart);
        Assert.Equal(new DateTime(2014, 1, 1), year.ResolvedStart);
        Assert.Equal(new DateTime(2015, 1, 1), year.ResolvedEnd);
    }

    [Fact]
    public void The_visa_waiver_program_counts_38_countries_and_stays_of_up_to_90_days()
    {
        var quantities = fixture.Knowledge.QuantitiesIn(fixture.SentenceWith("allows citizens of 38 countries").Id);

        Assert.Contains(quantities, q => q.Value == 38 && q.Unit == "countries" && q.Kind == "number");
        Assert.Contains(quantities, q => q.Value == 90 && q.Unit == "day" && q.Kind == "duration" && q.Modifier == "up to" && q.Text == "up to 90 days");
    }

    [Fact]
    public void Less_than_seven_percent_is_a_percentage_with_its_modifier()
    {
        var quantities = fixture.Knowledge.QuantitiesIn(fixture.SentenceWith("seven percent").Id);

        Assert.Contains(quantities, q => q.Value == 7 && q.Kind == "percentage" && q.Modifier == "less than");
    }

    [Fact]
    public void Hundreds_of_people_is_a_vague_count_of_people()
    {
        var quantities = fixture.Knowledge.QuantitiesIn(fixture.SentenceWith("hundreds of really dangerous people").Id);

        Assert.Contains(quantities, q => q.Unit == "people" && q.Modifier == "hundreds");
    }
}
