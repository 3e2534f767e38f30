using BriefingBot.Knowledge.Tests.Infrastructure;

namespace BriefingBot.Knowledge.Tests.Extraction;

public sealed class OneLetterWordTests
{
    private static readonly DateTime Published = new(2024, 9, 2);

    [Fact]
    public void A_capital_A_after_a_dateline_is_no_name()
    {
        var knowledge = SyntheticArticle.Build(
            "PORTHAVEN — A trawler skipper has been charged with jamming radio signals, Harbour Master Ida Voss said on Monday.", Published);

        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "A");
    }

    [Fact]
    public void A_capital_letter_before_a_hyphen_and_a_lowercase_word_is_no_name()
    {
        var knowledge = SyntheticArticle.Build(
            "Customs officers at Tarnby X-rayed a lorry on Monday and found 12 rifles, Harbour Master Ida Voss said.", Published);

        Assert.DoesNotContain(knowledge.Entities, e => e.Name == "X" || e.Name.Contains("X-rayed"));
        Assert.Contains(knowledge.Entities, e => e.Name == "Tarnby");
    }
}
