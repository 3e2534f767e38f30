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
}
