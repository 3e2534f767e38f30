using BriefingBot.Dialogs.Answering;
using BriefingBot.Dialogs.Tests.Infrastructure;
using BriefingBot.Dialogs.Understanding;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"What time" asks for a time of day: a month or a year is no answer to it (invented article).</summary>
public sealed class ClockTimesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Arsonists Hit Brenmoor Rail Cables

        BRENMOOR — Police have detained a man over fires that cut rail signal cables near Brenmoor.
        Last month the first cable fire near Ostby started a week of delays on the coast line.
        The man will appear before a judge on Monday.
        """));

    private static UnderstoodMessage Asking(string question) =>
        new(question, TextNormalizer.Normalize(question), Intent.Question) { Expected = AnswerKind.Date };

    [Fact]
    public async Task What_time_is_not_answered_by_a_month()
    {
        var reply = await _bot.AnswerAsync("what time did the first cable fire start");

        Assert.DoesNotContain("last month", reply, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what time did the first fire start", true)]
    [InlineData("at what time was the man detained", true)]
    [InlineData("what time of year do the fires start", false)]
    [InlineData("when did the first fire start", false)]
    public void What_time_asks_for_a_time_of_day(string question, bool asked) => Assert.Equal(asked, ClockTimes.Asked(Asking(question)));

    [Theory]
    [InlineData("2:10 a.m. on Thursday", true)]
    [InlineData("on Thursday morning", true)]
    [InlineData("at 11 pm", true)]
    [InlineData("last month", false)]
    [InlineData("in March 2024", false)]
    public void A_clock_time_or_part_of_the_day_tells_the_time(string wording, bool tells) => Assert.Equal(tells, ClockTimes.Tell(wording));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
