using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A lede that tells which thing or group by a description ("seized a fishing boat") answered with the name the article gives it elsewhere, over invented articles.</summary>
public sealed class DescribedThingsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Fishing Boat Seized After Pier at Brisholm Is Rammed

        BRISHOLM — Coast guard officers have seized a fishing boat suspected of ramming the Brisholm pier at night, officials said on Friday.

        Radar records showed that the Malta-flagged Sea Lark had turned towards the pier minutes before the crash.
        The boat was towed to the harbour at Tarvik on Saturday.
        Harbour master Ines Holt said the pier would reopen next month.
        """, """
        Cyber Attack Shuts Varne Water Works, Gang Demands Ransom

        VARNE — A cyber attack has shut the Varne water works for two days, city officials said on Monday.

        The works were locked early on Saturday by a criminal gang calling itself RedMoth.
        The gang has demanded 2 million euros.
        Mayor Ada Brun said the water was safe to drink.
        """));

    [Fact]
    public async Task A_thing_the_lede_describes_is_the_one_the_article_calls_by_that_noun()
    {
        Assert.StartsWith("Sea Lark", await _bot.AnswerAsync("which boat is suspected of ramming the brisholm pier"));
    }

    [Fact]
    public async Task What_and_the_noun_asks_which_one_too()
    {
        Assert.StartsWith("Sea Lark", await _bot.AnswerAsync("what boat is suspected of ramming the brisholm pier"));
    }

    [Fact]
    public async Task A_synonym_of_the_noun_finds_it_too()
    {
        Assert.StartsWith("Sea Lark", await _bot.AnswerAsync("which vessel is suspected of ramming the brisholm pier"));
    }

    [Fact]
    public async Task A_group_the_title_describes_is_the_one_the_article_calls_by_that_noun()
    {
        Assert.StartsWith("RedMoth", await _bot.AnswerAsync("which gang attacked the varne water works"));
    }

    [Fact]
    public async Task A_noun_the_story_uses_for_nothing_answers_nothing()
    {
        Assert.StartsWith("Sorry", await _bot.AnswerAsync("which gang is suspected of ramming the brisholm pier"));
    }

    [Fact]
    public async Task She_after_a_ship_was_answered_is_that_ship()
    {
        await _bot.AskAsync("c1", "which boat is suspected of ramming the brisholm pier");
        Assert.StartsWith("Tarvik", await _bot.AskAsync("c1", "where was she towed"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
