using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Who is the skipper …" is answered by a group only when the articles call that group a skipper, over an invented article.</summary>
public sealed class IdentifiedNounTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Signal Jamming Confuses Ships Near Port Elm, Trawler Skipper Charged

        PORT ELM — A trawler skipper has been charged with jamming radio signals near Port Elm, police said on Friday.
        The jamming began on the same day as Blue Anchor, a naval exercise in the waters off Port Elm.
        The trawler is owned by Harbour Lines Group, a fishing company and the trawler owner since 2019.
        Chief Prosecutor Ann Roe of the Coastal Crimes Directorate said the Harbour Intelligence Service (HIS) had tracked the trawler for a week.
        """));

    [Fact]
    public async Task A_group_the_articles_do_not_call_by_the_asked_noun_does_not_identify_it()
    {
        Assert.DoesNotContain("Blue Anchor", await _bot.AskAsync("a", "who was the skipper of the trawler doing the jamming?"));
    }

    [Fact]
    public async Task A_group_the_articles_call_by_the_asked_noun_still_identifies_it()
    {
        Assert.Contains("harbour lines group", await _bot.AnsweredAsync("who is the owner of the trawler?"));
    }

    [Fact]
    public async Task A_group_whose_name_only_holds_the_asked_noun_leaves_an_unheld_office_unanswered()
    {
        var reply = await _bot.AskAsync("c", "who is the director of the HIS?");
        Assert.True(reply.Contains("does not cover"), reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
