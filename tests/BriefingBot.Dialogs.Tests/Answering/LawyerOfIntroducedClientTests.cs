using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Who represents the student": "Roe's lawyer, NAME" when the article introduces Roe as a student, over an invented article.</summary>
public sealed class LawyerOfIntroducedClientTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Student and Printer Held Over Leaked Exam Papers in Orsk

        ORSK — Police have arrested a college student and a printer accused of selling him stolen exam papers, officials said on Friday.

        Police said the first suspect, a 20-year-old student at a design college in Orsk identified only as Pavel D., was arrested on Thursday.
        The second suspect, a 50-year-old printer identified as Ivan S., was arrested on Friday.
        Pavel D.'s lawyer, Nora Lund, said her client was sorry.
        A union representing college staff said the case showed exams should be kept under lock.
        """));

    [Fact]
    public async Task The_lawyer_of_the_one_introduced_as_the_student_represents_the_student()
    {
        Assert.StartsWith("Nora Lund", await _bot.AnswerAsync("who is representing the student in the leaked exam case?"));
    }

    [Fact]
    public async Task The_lawyer_of_the_student_does_not_represent_the_printer()
    {
        Assert.StartsWith("Sorry", await _bot.AnswerAsync("who is representing the printer in the leaked exam case?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
