using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What did Tarnco say about …" is answered by what Tarnco said: a sentence that reports someone else's words and only
/// mentions Tarnco is not Tarnco's word (invented article).
/// </summary>
public sealed class NamedSpeakerTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Cameras Found Filming Tarnco Depot

        TARNBY — Police found four hidden cameras filming the fuel depot that Tarnco runs outside Tarnby.
        Investigators say the cameras filmed convoys leaving the Tarnco depot for three weeks and sent the pictures abroad.
        Tarnco said it would pay for new fences around the depot.
        """));

    [Fact]
    public async Task A_sentence_that_only_mentions_the_named_speaker_is_not_what_it_said()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("what did tarnco say about the convoys"));
    }

    [Fact]
    public async Task What_the_named_speaker_said_still_answers()
    {
        Assert.Contains("fences", await _bot.AnswerAsync("what did tarnco say"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
