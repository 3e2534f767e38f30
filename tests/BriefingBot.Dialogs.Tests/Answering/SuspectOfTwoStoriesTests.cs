using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"The suspect" of two stories is not answered from a third story that describes no one so, over invented articles.</summary>
public sealed class SuspectOfTwoStoriesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Clerk Held Over Forged Permits at Ostby

        OSTBY — Police have arrested a clerk suspected of forging building permits, officials said on Monday.

        A police spokeswoman said the suspect, identified under local privacy rules only as Nils B., was arrested at his office.
        """, """
        Driver Held Over Stolen Van at Lund Harbour

        LUND — Police have arrested a driver suspected of stealing a delivery van, officials said on Tuesday.

        A police spokesman said the suspect, identified under local privacy rules only as Per A., was arrested at a petrol station.
        """, """
        Students Questioned Over Bomb Chat in Graz

        GRAZ — Police questioned five students on Friday over a chat about a bomb.

        A lawyer for one of the suspects said her client, a 19-year-old student, had only talked big in a chat.
        """));

    [Fact]
    public async Task How_old_is_the_suspect_is_not_answered_by_a_story_without_one()
    {
        Assert.DoesNotContain("19", await _bot.AnswerAsync("how old is the suspect"));
    }

    [Fact]
    public async Task The_suspect_of_a_story_the_question_names_is_answered_from_that_story()
    {
        Assert.Contains("19", await _bot.AnswerAsync("how old is the suspect in the bomb chat"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
