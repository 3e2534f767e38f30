using BriefingBot.Knowledge.Extraction;
using BriefingBot.Knowledge.Model;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class QuantityExtractorTests
{
    [Fact]
    public void A_number_after_its_noun_and_of_counts_that_noun_when_no_noun_follows()
    {
        var quantities = QuantityExtractor.Extract("Its crew of 21, most of them from abroad, stayed in the citadel.", Array.Empty<TimeExpression>());

        var crew = Assert.Single(quantities);
        Assert.Equal(21, crew.Value);
        Assert.Equal("crew", crew.Unit);
    }

    [Fact]
    public void A_number_followed_by_its_noun_counts_the_noun_after_it_even_after_of()
    {
        var quantities = QuantityExtractor.Extract("The program admits citizens of 38 countries.", Array.Empty<TimeExpression>());

        var reports = Assert.Single(quantities);
        Assert.Equal(38, reports.Value);
        Assert.Equal("countries", reports.Unit);
    }

    [Theory]
    [InlineData("The ship sailed with a crew of 21 sailors from Manila.", "sailors")]
    [InlineData("The company runs a fleet of 12 ships in the region.", "ships")]
    [InlineData("The ship had a crew of 21 aboard when it sailed.", "crew")]
    [InlineData("A crew of 21 remained on the ship overnight.", "crew")]
    public void A_noun_of_number_run_counts_the_plural_after_the_number_or_else_the_noun_before(string sentence, string counted)
    {
        var quantities = QuantityExtractor.Extract(sentence, Array.Empty<TimeExpression>());

        Assert.Equal(counted, Assert.Single(quantities).Unit);
    }

    [Theory]
    [InlineData("Officials said that five out of 21 were freed.")]
    [InlineData("The fleet has grown to a total of 21 this year.")]
    public void A_share_or_total_word_before_of_is_not_what_the_number_counts(string sentence)
    {
        var quantities = QuantityExtractor.Extract(sentence, Array.Empty<TimeExpression>());

        Assert.DoesNotContain(quantities, q => q.Unit is "out" or "total");
    }

    [Theory]
    [InlineData("The clinic unplugged all 86 of its heating valves on Monday.", "valves")]
    [InlineData("Guards searched 12 of their cells before dawn.", "cells")]
    public void A_number_of_a_possessive_noun_counts_that_noun(string sentence, string counted)
    {
        var quantities = QuantityExtractor.Extract(sentence, Array.Empty<TimeExpression>());

        Assert.Equal(counted, Assert.Single(quantities).Unit);
    }

    [Fact]
    public void An_approximate_number_between_commas_counts_the_plural_before_it()
    {
        var quantities = QuantityExtractor.Extract("Officials said all field radios in the army, about 340, would be replaced.", Array.Empty<TimeExpression>());

        var radios = Assert.Single(quantities);
        Assert.Equal(340, radios.Value);
        Assert.Equal("radios", radios.Unit);
    }

    [Fact]
    public void Plain_numbers_between_commas_count_nothing()
    {
        var quantities = QuantityExtractor.Extract("Police said the suspects, 34 and 27, were held.", Array.Empty<TimeExpression>());

        Assert.DoesNotContain(quantities, q => q.Unit == "suspects");
    }
}
