using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A span or count in a sentence that goes on from the one before it: an asked word the sentence lacks may stand in the
/// sentence just before it in its paragraph, not in another paragraph.
/// </summary>
public sealed class ContinuedSentencesTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load(
        """
        Hackers Lock Up Tarnby Grain Silo

        TARNBY — Computers at the Tarnby grain silo were locked by hackers overnight, the town council said on Monday.

        The silo's owner, Brenmoor Grain, said its conveyor belts had stood still since Sunday. The gang wants 2 million euros and warned that the sum must be paid within ten days.
        """,
        """
        Flood Gates Jammed at Holm Lock

        HOLM — Engineers at Holm lock said on Tuesday that two flood gates had jammed after a storm.

        The lock keeper, Ada Venn, said the river had risen two metres in one night.

        The repairs must be finished within six weeks, the council said.
        """));

    [Fact]
    public async Task Asked_word_of_the_sentence_before_counts_for_the_span()
    {
        Assert.Contains("ten days", await _bot.AnswerAsync("how long does the owner have to pay"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Asked_word_in_neither_sentence_is_still_missing()
    {
        Assert.DoesNotContain("ten days", await _bot.AnswerAsync("how long does the owner have to pay the council"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Asked_word_of_another_paragraph_does_not_count()
    {
        Assert.DoesNotContain("six weeks", await _bot.AnswerAsync("how long does the keeper have to finish the repairs"), StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _bot.Dispose();
}
