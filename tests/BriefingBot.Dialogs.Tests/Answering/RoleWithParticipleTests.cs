using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Who is the &lt;role&gt; handling the … case": the participle after the role frames the story as "in the … case"
/// does; a story naming no one in that role stays refused (invented articles).
/// </summary>
public sealed class RoleWithParticipleTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Thieves Take Fishing Boats From Brenmoor Harbour

        BRENMOOR — Thieves took four fishing boats from Brenmoor harbour overnight, and two of them are still missing, police said on Monday.
        The boats were towed out of the harbour at about 2 a.m., said harbour master Ole Brandt.
        "Someone knew exactly which boats had no trackers," Senior Public Prosecutor Ada Venn told reporters.
        """, """
        Patrol Flotilla Turns Back Smuggling Skiffs Off Tarnby

        TARNBY — A patrol flotilla turned back nine smuggling skiffs off Tarnby on Friday, the flotilla said.
        Flotilla Commander Rear Admiral Piet Holm, a Tarnian officer, said the skiffs had come from the south.
        The flotilla has six ships and was set up last year.
        """, """
        Ferry Fire Forces 300 Passengers Into Lifeboats Off Wendholm

        WENDHOLM — A fire on a passenger ferry forced 300 people into lifeboats off Wendholm on Tuesday, officials said.
        The fire started in a car deck, the ferry's owner said.
        The port handles about 40 ferries a day.
        """));

    [Fact]
    public async Task The_prosecutor_handling_the_case_is_the_prosecutor_of_its_story()
    {
        var question = "who is the prosecutor handling the missing fishing boats case";
        var answer = await _bot.AskAsync(question, question);
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("Venn", answer);
    }

    [Fact]
    public async Task The_prosecutor_handling_a_case_of_a_story_naming_none_is_refused()
    {
        var question = "who is the prosecutor handling the wendholm ferry fire case";
        Assert.Contains("does not cover", await _bot.AskAsync(question, question));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
