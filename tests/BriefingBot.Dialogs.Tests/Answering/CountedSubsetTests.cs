using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How many of the passports were Italian" counts some of them: the count of all of them does not tell it.</summary>
public sealed class CountedSubsetTests
{
    private static BotUnderTest Bot() => new(InventedArticles.Load("""
        Forgers Held in Tarn

        TARN — Police have arrested six people suspected of selling more than 1,900 forged passports, prosecutors said on Tuesday. About 300 of the forged passports were French, they said. The case began when a man carrying a forged Italian passport was stopped at the airport.
        """));

    [Fact]
    public async Task The_count_of_all_of_them_does_not_answer_a_count_of_a_part_never_named()
    {
        using var bot = Bot();

        Assert.Contains("not cover", await bot.AnswerAsync("how many of the forged passports were italian ones?"));
    }

    [Fact]
    public async Task A_sentence_naming_the_part_answers()
    {
        using var bot = Bot();

        Assert.Contains("300", await bot.AnswerAsync("how many of the forged passports were french ones?"));
    }
}
