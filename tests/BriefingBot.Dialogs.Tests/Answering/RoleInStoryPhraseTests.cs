using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "In the … story" frames a role question as "in the … case" does; a place of the frame that only the person's article
/// names ties them to it; "who is running the prosecution" asks for the prosecutor, and no one else answers it
/// (invented articles).
/// </summary>
public sealed class RoleInStoryPhraseTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Eleven Inmates Escape From Estonian Prison Through Tunnel

        TARTU — Eleven inmates escaped from a high-security prison in southern Estonia through a tunnel, and five of them are still at large, officials said.
        The men crawled through a 40-metre tunnel that ran from a storeroom under the outer wall, police said.
        Justice Minister Mari Tamm said the tunnel had been dug over five months and ordered an inquiry.
        "Someone helped them from inside," Senior Public Prosecutor Karl Saar told reporters.
        Prosecutors said the case of the guard who let the men out would come to court in the spring.
        The escaped men had all been moved to Kivi Valley Prison from Tallinn last year.
        """, """
        Ferry Fire Forces 300 Passengers Into Lifeboats Off Latvian Coast

        RIGA — A fire on a passenger ferry forced 300 people into lifeboats off the Latvian coast on Tuesday, officials said.
        The fire started in a car deck, said Maritime Administration Director Janis Ozols, who is running the inquiry into the fire.
        Prosecutors have opened a criminal case against the ferry's owner.
        """));

    [Fact]
    public async Task A_story_phrase_frames_the_role_question()
    {
        var question = "who's the estonian justice minister in the prison escape story";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Tamm", answer);
    }

    [Fact]
    public async Task Running_the_prosecution_asks_for_the_prosecutor()
    {
        var question = "who's running the prosecution in the kivi valley escape case";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Saar", answer);
    }

    [Fact]
    public async Task Running_the_prosecution_of_a_story_without_a_prosecutor_is_refused()
    {
        var question = "who is running the prosecution in the latvian ferry fire case";
        Assert.Contains("does not cover", await _bot.AskAsync(question, question));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
