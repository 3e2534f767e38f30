using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

public sealed class ForeignModifiersTests
{
    private static BotUnderTest TwoStories() => new(InventedArticles.Load("""
        Clinic Pumps Hacked

        TARNBY — An intruder changed the settings of pumps at the city clinic, officials said.

        The manager said the attack would cost the clinic about 2 million euros, including postponed operations.
        """, """
        Ferry Company Hit by Ransomware

        OSTBY — A regional ferry operator was hit by ransomware in January, disrupting ticket sales for two days.
        """));

    [Fact]
    public async Task A_noun_qualified_by_a_word_only_another_story_uses_is_not_answered_from_this_story()
    {
        using var bot = TwoStories();

        Assert.Contains("does not cover", await bot.AnswerAsync("how much did the ferry operator attack cost"));
    }

    [Fact]
    public async Task The_same_noun_qualified_by_the_story_own_word_is_answered()
    {
        using var bot = TwoStories();

        Assert.Contains("2 million euros", await bot.AnswerAsync("how much did the clinic attack cost"));
    }

    [Fact]
    public async Task A_word_only_another_story_uses_but_never_before_that_noun_is_left_to_coverage()
    {
        using var bot = TwoStories();

        Assert.Contains("2 million euros", await bot.AnswerAsync("how much did the regional clinic attack cost"));
    }
}
