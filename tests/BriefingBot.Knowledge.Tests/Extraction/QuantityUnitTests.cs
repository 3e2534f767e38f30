using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class QuantityUnitTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    private static IReadOnlyList<Quantity> Extract(string text) => QuantityExtractor.Extract(text, TimeExtractor.Extract(text, Published));

    [Fact]
    public void A_hyphenated_number_adjective_counts_the_unit_after_the_hyphen()
    {
        var quantity = Assert.Single(Extract("The panel published a 96-page review on Monday."));

        Assert.Equal(96, quantity.Value);
        Assert.Equal("page", quantity.Unit);
        Assert.Equal("96-page", quantity.Text);
    }

    [Fact]
    public void A_year_old_adjective_is_an_age_in_years_not_a_duration()
    {
        var quantity = Assert.Single(Extract("Police questioned a 42-year-old taxi driver."));

        Assert.Equal(42, quantity.Value);
        Assert.Equal("age", quantity.Kind);
        Assert.Equal("year", quantity.Unit);
    }

    [Fact]
    public void A_hyphenated_day_count_without_old_stays_a_duration()
    {
        var quantity = Assert.Single(Extract("The court ordered a 30-day detention."));

        Assert.Equal("duration", quantity.Kind);
        Assert.Equal("day", quantity.Unit);
    }

    [Theory]
    [InlineData("The address is shared with more than 300 other companies.", "companies")]
    [InlineData("The navy sent at least three more destroyers to the strait.", "destroyers")]
    [InlineData("Agents found two badly damaged laptops in the flat.", "laptops")]
    [InlineData("A court ordered five men held without bail.", "men")]
    public void The_counted_noun_passes_over_other_more_and_adverbs_and_knows_irregular_plurals(string text, string noun)
    {
        var quantity = Assert.Single(Extract(text));

        Assert.Equal(noun, quantity.Unit);
    }

    [Theory]
    [InlineData("The firm suspended its chief engineer, Jan Horak, 55, while an inquiry looks at the account.", 55)]
    [InlineData("The suspects, named only as Ola R., 41, and Sven T., 35, were held.", 41)]
    public void A_number_set_off_by_commas_after_a_name_is_an_age_in_years(string text, double age)
    {
        var quantity = Extract(text).First();

        Assert.Equal(age, quantity.Value);
        Assert.Equal("age", quantity.Kind);
        Assert.Equal("year", quantity.Unit);
    }

    [Fact]
    public void A_number_after_a_name_and_a_comma_that_counts_a_noun_is_no_age()
    {
        Assert.DoesNotContain(Extract("Police in Bremen, 12 officers in all, searched the flat."), q => q.Kind == "age");
    }
}
