using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What did the superintendent say about the suspect", over an invented article: a sentence reporting what he said of
/// something else is no answer, though the suspect is what its story is about.
/// </summary>
public sealed class ReportedSentenceTopicTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Dock Worker Held Over Velmar Harbour Fire

        VELMAR — Police have arrested a former dock worker suspected of setting a fire that destroyed three warehouses at Velmar harbour on Sunday.
        Chief Superintendent Ivo Marr, head of the arson unit of the Harbour Police (HP), said officers had seized two laptops and a can of petrol from a rented garage.
        The suspect, a 30-year-old crane driver, was arrested at his home on Monday.
        Prosecutors said he faces up to ten years in prison.
        The harbour reopened on Tuesday.
        """));

    [Fact]
    public async Task What_he_said_of_something_else_is_not_what_he_said_about_the_suspect() =>
        Assert.DoesNotContain("laptops", await _bot.AnswerAsync("what did Chief Superintendent Marr say about the suspect"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
