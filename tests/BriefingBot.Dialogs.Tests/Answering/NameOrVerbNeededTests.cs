using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A sentence that does not tell what was asked is no answer: "which airport …" needs a sentence naming one, and
/// "who was arrested …" a sentence saying someone was arrested (or detained), not one about the cables that burned.
/// </summary>
public sealed class NameOrVerbNeededTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Engineer Held Over Depot Fires

        VELMAR — Police arrested a young man on Monday after fires at a rail depot, prosecutors said.
        The network operator, Rail Link Varno (RLV), said the fires had burned two kilometres of signal cable.
        Korvik Airport cancelled all flights on Monday evening.
        Air traffic controllers halted all flights, and the airport stayed shut for three hours.
        """));

    [Fact]
    public async Task A_sentence_naming_no_airport_does_not_answer_which_airport() =>
        Assert.DoesNotContain("stayed shut", await _bot.AnswerAsync("which airport stayed shut"));

    [Fact]
    public async Task Who_was_arrested_is_not_answered_by_a_sentence_without_an_arrest() =>
        Assert.Contains("does not cover", await _bot.AnswerAsync("who was arrested over the burned signal cable"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
