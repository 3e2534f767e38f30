using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"What did the Acme director say": a group named before a person noun speaks through a quoted person of it, over an invented article.</summary>
public sealed class GroupSpeakerTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Student Held Over Hoax Emails

        Police arrested a 19-year-old student in Maribor on Friday over hoax emails sent to schools.
        Andrej Kos, director of the Criminal Police Directorate (CPD), said the student had tried to hide online.
        "He thought the internet would hide him. The internet keeps receipts," Kos said.
        """));

    [Fact]
    public async Task A_group_before_a_person_noun_speaks_through_the_quoted_person_of_it()
    {
        Assert.Contains("Andrej Kos said", await _bot.AskAsync("a", "what did the cpd director say about the student trying to hide online?"));
    }

    [Fact]
    public async Task A_group_asked_to_speak_itself_is_still_silent()
    {
        Assert.Contains("does not cover", await _bot.AskAsync("b", "what did the cpd say about the student trying to hide online?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
