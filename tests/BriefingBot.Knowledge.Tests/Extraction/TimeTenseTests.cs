using BriefingBot.Knowledge.Model;
using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class TimeTenseTests
{
    // A Saturday: "Thursday" is 26 November before it and 3 December after it.
    private static readonly DateTime Published = new(2026, 11, 28);

    [Fact]
    public void A_weekday_in_the_reporting_clause_is_the_one_before_publication_even_when_the_report_speaks_of_the_future()
    {
        var time = OnlyTimeOf("The minister told parliament on Thursday that the government would spend 22 million pounds on new stations.");

        Assert.Equal(new DateTime(2026, 11, 26), time.ResolvedStart);
    }

    [Fact]
    public void A_weekday_in_a_clause_about_the_future_is_the_one_after_publication()
    {
        var time = OnlyTimeOf("The minister said the first station would open on Thursday.");

        Assert.Equal(new DateTime(2026, 12, 3), time.ResolvedStart);
    }

    [Fact]
    public void A_weekday_in_a_clause_that_tells_a_beginning_in_the_present_is_the_one_after_publication()
    {
        var time = OnlyTimeOf("The summit opens at the congress hall in Tarnby on Thursday.");

        Assert.Equal(new DateTime(2026, 12, 3), time.ResolvedStart);
    }

    [Fact]
    public void A_bound_with_no_start_about_the_future_ends_after_publication()
    {
        var time = OnlyTimeOf("The link would not be back in service before early December.");

        Assert.Equal(new DateTime(2026, 12, 1), time.ResolvedEnd);
    }

    [Fact]
    public void A_number_word_before_a_noun_is_no_hour()
    {
        var knowledge = SyntheticArticle.Build("Vandals set fire to cables at four sites around the depot.", Published);

        Assert.Empty(knowledge.TimesIn(Assert.Single(knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id))).Id));
    }

    [Fact]
    public void A_number_word_before_a_time_of_day_is_still_an_hour()
    {
        Assert.Contains("four in the morning", OnlyTimeOf("The fire started at four in the morning.").Text, StringComparison.OrdinalIgnoreCase);
    }

    private static TimeExpression OnlyTimeOf(string text)
    {
        var knowledge = SyntheticArticle.Build(text, Published);
        return Assert.Single(knowledge.TimesIn(Assert.Single(knowledge.Articles.SelectMany(a => knowledge.SentencesOf(a.Id))).Id));
    }
}
