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

    [Fact]
    public void A_list_that_would_pass_its_budget_names_how_many_it_leaves_out()
    {
        var titles = new[] { "Dam Opens, Town Cheers", "Bridge Shut After Storm", "Port Strike Ends", "Ferry Sinks Off Cape" };

        Assert.Equal("Dam Opens; Bridge Shut After Storm and 2 more", ShortTitles.List(titles, 40));
    }

    [Fact]
    public void A_list_within_its_budget_names_every_title()
    {
        Assert.Equal("Dam Opens; Port Strike Ends", ShortTitles.List(["Dam Opens; Town Cheers", "Port Strike Ends"], 100));
    }
}
