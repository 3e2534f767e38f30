using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"Who was stabbed" over a lede naming nobody: whom the verb was done to, not the suspects who did it, over an invented article.</summary>
public sealed class DoneToInLedeTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Journalist Stabbed at Orlen Gallery, Two Suspects Held

        ORLEN — Police have arrested a man and a woman suspected of stabbing a well-known journalist at a gallery in central Orlen, officials said on Monday.

        Mara Velt, 58, the founder of the Orlen Sculpture School, was taken to hospital with wounds to her arm.
        The first suspect, a 41-year-old man identified as Jonas R., was arrested on Sunday at the station.
        The second suspect, a 30-year-old woman identified as Petra L., worked at the gallery's bar.
        """));

    [Fact]
    public async Task Who_was_done_to_is_the_person_the_article_names_after_the_lede_not_a_suspect()
    {
        Assert.StartsWith("Mara Velt", await _bot.AnswerAsync("who was stabbed at the gallery in orlen?"));
    }

    [Fact]
    public async Task The_noun_who_got_something_done_to_them_is_the_one_asked_for()
    {
        Assert.StartsWith("Mara Velt", await _bot.AnswerAsync("whos the journalist who got stabbed in orlen"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
