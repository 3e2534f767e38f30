using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>A question that restates its story's title around what it asks, and the verbs of seeing, against invented articles.</summary>
public sealed class StoryTitleWordsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Chlorine Leak Closes Grain Silo

        VORN — A chlorine leak closed the grain silo at Vorn on Monday, the fire service said.
        A night guard, 52-year-old Aldo Rusk, saw the gauge fall and sounded the alarm.
        """, """
        Ferry Strike Ends

        The ferry strike at Lune ended on Friday after four days.
        """));

    [Fact]
    public async Task Title_words_asked_side_by_side_are_one_phrase_the_sentence_need_not_repeat()
    {
        Assert.Contains("Rusk", await _bot.AnswerAsync("who saw the gauge fall during the chlorine leak at the grain silo"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_asked_word_beside_a_title_phrase_is_enough()
    {
        Assert.Contains("52", await _bot.AnswerAsync("how old is the guard at the chlorine leak grain silo"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Noticing_or_spotting_is_seeing()
    {
        Assert.Contains("Rusk", await _bot.AnswerAsync("who noticed the gauge fall"), StringComparison.Ordinal);
        Assert.Contains("Rusk", await _bot.AnswerAsync("who spotted the gauge fall"), StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
