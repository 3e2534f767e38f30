using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "She said her ministry would …", whose "she" is the minister named just before, does not answer a who-question with
/// the people of the sentences before it (the student, or a lawyer quoted a paragraph earlier) — invented article.
/// </summary>
public sealed class ResolvedSpeakerLookBackTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Hoax Bomb Emails Shut 40 Estonian Schools in Two Days, Student and Online Seller Arrested

        TARTU — Estonian police have arrested a secondary school student and a man accused of selling him a mass email service over hoax bomb emails that emptied 40 schools on Thursday and Friday.

        Police spokesman Jan Vovk said the first suspect, a 19-year-old student at a technical school in Velm identified only as Ivo R., was arrested at his parents' home on Friday evening.

        A judge in Velm on Saturday ordered Ivo R. held in custody for 30 days. Ivo R.'s lawyer, Eva Lind, said her client was "a frightened young man who did something stupid."

        Education Minister Ida Berg said schools would reopen on Monday. She said her ministry would spend 2 million euros on new alarm procedures for schools hit by the hoax bomb emails.
        """));

    [Fact]
    public async Task A_who_question_is_not_answered_from_a_resolved_speakers_sentence_with_the_people_before_it()
    {
        var reply = await _bot.AskAsync("a", "who was the student arrested over the school bomb emails");

        Assert.StartsWith("Ivo R", reply);
        Assert.DoesNotContain("her ministry", reply);
        Assert.DoesNotContain("Eva Lind", reply.Split('>')[0]);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
