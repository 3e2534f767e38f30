using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A name inside the "in the … case" phrase of a role question ("the Kessel smuggling ring case") is met by a person of
/// the article whose headline names it, though the person is tied to no such entity; an "of the …" phrase ending the
/// question may name the story too ("the ringleader of the smuggling ring") (invented article).
/// </summary>
public sealed class RoleInNamedStoryTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Police Break Up Kessel Smuggling Ring, Seize 40 Boats

        Police in three countries have arrested 12 people in raids on a ring that smuggled cigarettes, prosecutors said.
        Chief Prosecutor Mara Lind said the ring had used fishing boats for six years.
        Interior Minister Olaf Brenn said the country would buy new scanners for its Kessel ports.
        The alleged ringleader, a 50-year-old fisherman identified only as Tomas R., was arrested at his home.
        """));

    [Fact]
    public async Task A_name_of_the_story_phrase_is_met_by_the_headline()
    {
        var question = "who is the prosecutor on the kessel smuggling ring case";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Lind", answer);
    }

    [Fact]
    public async Task A_story_phrase_the_headline_does_not_name_is_refused()
    {
        var question = "who is the prosecutor on the kessel bribery case";
        Assert.Contains("does not cover", await _bot.AskAsync(question, question));
    }

    [Fact]
    public async Task An_of_phrase_may_name_the_story()
    {
        var question = "who is the alleged ringleader of the smuggling ring";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Tomas", answer);
    }

    [Fact]
    public async Task An_of_phrase_the_story_does_not_name_is_refused()
    {
        var question = "who is the alleged ringleader of the bribery scheme";
        Assert.Contains("does not cover", await _bot.AskAsync(question, question));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
