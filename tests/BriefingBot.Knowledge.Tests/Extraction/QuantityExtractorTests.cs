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
}
