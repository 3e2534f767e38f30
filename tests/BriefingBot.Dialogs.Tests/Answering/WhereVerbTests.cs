using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "Where did he study design" asks the place of studying: a sentence naming the person's job and where he was arrested
/// does not tell it, whether he is named or a pronoun (invented article).
/// </summary>
public sealed class WhereVerbTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Forged Tickets Printed in Tarnby Shop

        TARNBY — Officers closed a Tarnby print shop that forged concert tickets, prosecutors said on Friday.
        The owner's nephew, Piet Holm, 33, a web designer who police say drew the fake tickets, was arrested on Tuesday in Brenmoor.
        """));

    [Fact]
    public async Task A_place_of_another_act_does_not_answer_where_a_named_person_did_something()
    {
        var reply = await _bot.AnswerAsync("where did piet holm study web design?");

        Assert.DoesNotContain("Brenmoor", reply);
    }

    [Fact]
    public async Task A_place_of_another_act_does_not_answer_where_he_did_something()
    {
        await _bot.AskAsync("c", "who is piet holm?");

        var reply = (await _bot.AskAsync("c", "where did he study web design?")).Split("\n\n")[0];

        Assert.DoesNotContain("Brenmoor", reply);
    }

    [Fact]
    public async Task The_place_of_the_asked_act_still_answers()
    {
        var reply = await _bot.AnsweredAsync("where was piet holm arrested?");

        Assert.Contains("brenmoor", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
