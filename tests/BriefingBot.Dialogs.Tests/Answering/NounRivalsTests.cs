using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"What did the director say" when one story quotes two directors asks which one is meant (invented articles).</summary>
public sealed class NounRivalsTests : IDisposable
{
    private const string Flood = """
        Storm Floods Tarnby Harbour

        TARNBY — A storm flooded the harbour of Tarnby on Monday and closed its docks for two days.
        "The water came faster than in any storm I remember," Harbour Director Ann Roe said.
        Finance Director Bo Lind said the state would pay for new quay walls within a year.
        """;

    private const string Bridge = """
        Council Lights the Old Bridge

        "Nobody should walk home in the dark," Transport Director Eva Holm said of the 40 new lamps on the old bridge.
        """;

    private readonly BotUnderTest _bot = new(InventedArticles.Load(Flood, Bridge));

    [Fact]
    public async Task Two_people_of_the_asked_noun_quoted_in_one_story_are_both_offered()
    {
        var reply = await _bot.AskAsync("a", "what did the director say about the water");

        Assert.Contains("Several answers fit", reply);
        Assert.Contains("Ann Roe", reply);
        Assert.Contains("Bo Lind", reply);
        Assert.DoesNotContain("Eva Holm", reply);
    }

    [Fact]
    public async Task A_named_speaker_is_answered_alone()
    {
        var reply = await _bot.AskAsync("b", "what did Ann Roe say about the water");

        Assert.DoesNotContain("Several answers fit", reply);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
