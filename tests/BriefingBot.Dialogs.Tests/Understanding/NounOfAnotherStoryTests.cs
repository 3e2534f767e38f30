using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Understanding;

/// <summary>
/// "The channel" alone, when only one story's channel has a name but another story writes of a channel too, is not taken
/// for the named one, nor, after an answer from the other story, is a person of that story's sentence its name (invented articles).
/// </summary>
public sealed class NounOfAnotherStoryTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Police Foil Bomb Plot in Brenmoor

        BRENMOOR — Police in Brenmoor have arrested four men over a plan to bomb the central station.
        The men were organised through an encrypted chat channel called Tarnwave, which shares bomb-making manuals.
        """, """
        Tarnby Police Charge Three Over Harbour Filming

        TARNBY — Police in Tarnby have charged three men with spying after they filmed warships in the harbour.
        The ringleader, a dock worker named Piet Holm, was recruited in January through a channel on a messaging app that offered paid work.
        """));

    [Fact]
    public async Task A_lone_noun_another_story_also_writes_is_not_taken_for_the_named_one()
    {
        Assert.DoesNotContain("Tarnwave", await _bot.AnswerAsync("what was the channel called?"));
    }

    [Fact]
    public async Task After_an_answer_from_another_story_the_lone_noun_is_not_the_named_one()
    {
        var conversation = Guid.NewGuid().ToString("N");
        await _bot.AskAsync(conversation, "when was Piet Holm recruited?");

        var reply = await _bot.AskAsync(conversation, "what was the channel called?");

        Assert.DoesNotContain("Tarnwave", reply);
        Assert.DoesNotContain("Piet Holm", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
