using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A lede missing an asked word is no answer, but a later sentence holding as many asked words, the missing one among
/// them, tells what it leaves out; one that holds only the lede's words again does not (invented article).
/// </summary>
public sealed class OpeningLeavesOutTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Fake Pills Found in Timber Trucks at Tarnby Port

        TARNBY — Police have arrested four men after finding 3,000 boxes of fake pills hidden in timber trucks at the port of Tarnby, prosecutors said on Tuesday.
        The pills were stacked behind oak planks in two of the trucks, which had crossed from Ostland overnight.
        The pills were hidden so well that a first search of the trucks found nothing, the prosecutors said.
        """));

    [Fact]
    public async Task A_later_sentence_with_the_word_the_lede_misses_answers()
    {
        Assert.Contains("oak planks", await _bot.AnswerAsync("what were the pills hidden behind in the trucks at tarnby?"));
    }

    [Fact]
    public async Task A_later_sentence_missing_the_same_word_as_the_lede_does_not_answer()
    {
        Assert.Contains("not cover", await _bot.AnswerAsync("what brand were the pills?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
