using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Which guard opened the gate": when the sentence that answers names no person the store knows, it still answers as
/// it did before a noun for a person made the question ask for a person (invented article).
/// </summary>
public sealed class PersonNounQuestionOfUntypedNameTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Rifles Stolen From Tarnby Barracks

        TARNBY — Thieves have stolen 40 rifles from an army barracks in Tarnby, the defence ministry said on Monday.

        Investigators believe a night guard at the barracks opened the back gate for the thieves shortly after midnight.
        """));

    [Fact]
    public async Task The_sentence_answers_a_which_guard_question_that_no_named_person_fits()
    {
        Assert.Contains("night guard at the barracks", await _bot.AnswerAsync("which guard opened the back gate at the tarnby barracks?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
