using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A group named earlier in a paragraph is what its later sentences go on to speak of: "the repair" after the operator's
/// announcement is the operator's repair, when the sentence holds every other asked word (invented article).
/// </summary>
public sealed class EarlierInParagraphTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Power Cable Cut Between Two Islands

        HARBY — A power cable between two islands failed on Sunday, officials said.

        The cable's operator, North Grid Company (NGC), said a repair ship would arrive next week. The repair would cost about 40 million euros.

        Divers will search the seabed on Friday.
        """));

    [Fact]
    public async Task A_group_named_earlier_in_the_paragraph_is_met_by_a_later_sentence()
    {
        var answer = (await _bot.AskAsync("a", "what will the repair cost ngc")).Split("\n\n")[0];
        Assert.DoesNotContain("does not cover", answer);
        Assert.Contains("40 million", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
