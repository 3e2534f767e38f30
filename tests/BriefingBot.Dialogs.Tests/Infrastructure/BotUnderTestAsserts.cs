namespace BriefingBot.Dialogs.Tests.Infrastructure;

/// <summary>Asking helpers that assert, kept out of <see cref="BotUnderTest"/>, which the benchmarks compile too (without xunit).</summary>
public static class BotUnderTestAsserts
{
    /// <summary>Like <see cref="BotUnderTest.AnswerAsync"/> in lower case, and fails the test when the bot refuses.</summary>
    public static async Task<string> AnsweredAsync(this BotUnderTest bot, string question)
    {
        var answer = (await bot.AnswerAsync(question)).ToLowerInvariant();
        Assert.DoesNotContain("does not cover", answer);
        return answer;
    }
}
