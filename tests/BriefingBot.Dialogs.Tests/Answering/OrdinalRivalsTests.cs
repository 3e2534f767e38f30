using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "When was the suspect arrested" when one story tells of a first and a second suspect arrested on different days: both
/// days are offered, and a reply describing one of them by a word of its sentence picks it (invented articles).
/// </summary>
public sealed class OrdinalRivalsTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Student and Mechanic Held Over Tarnby Hoax Calls

        TARNBY — Police in Tarnby have arrested two men over a wave of hoax calls that closed 40 shops, officials said on Monday 16 March 2026.
        The first suspect, a 19-year-old student, was arrested at his parents' home on Friday.
        The second suspect, a 41-year-old mechanic, was arrested at a garage on Saturday.
        """));

    [Fact]
    public async Task Both_days_of_the_numbered_suspects_are_offered()
    {
        var reply = (await _bot.AskAsync("a", "when was the suspect arrested")).Split('>')[0];
        Assert.Contains("Friday", reply);
        Assert.Contains("Saturday", reply);
    }

    [Fact]
    public async Task A_question_saying_which_one_is_answered_alone()
    {
        var reply = (await _bot.AskAsync("b", "when was the second suspect arrested")).Split('>')[0];
        Assert.Contains("Saturday", reply);
        Assert.DoesNotContain("Friday", reply);
    }

    [Fact]
    public async Task A_reply_with_a_word_of_one_answers_sentence_picks_that_answer()
    {
        await _bot.AskAsync("c", "when was the suspect arrested");

        var reply = (await _bot.AskAsync("c", "i mean the student")).Split('>')[0];

        Assert.Contains("Friday", reply);
        Assert.DoesNotContain("Saturday", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
