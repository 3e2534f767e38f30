using BriefingBot.Dialogs.Replies;

namespace BriefingBot.Dialogs.Tests.Replies;

public sealed class ShortTitlesTests
{
    [Fact]
    public void A_short_title_ends_before_the_first_comma()
    {
        Assert.Equal("Dam Opens", ShortTitles.Of("Dam Opens, Town Cheers"));
    }

    [Fact]
    public void A_title_whose_news_follows_a_colon_keeps_it()
    {
        Assert.Equal("Mayor: Dam Will Open", ShortTitles.Of("Mayor: Dam Will Open, Town Cheers"));
    }
}
