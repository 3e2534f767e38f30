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
        The arsonist paid the driver in vouchers and sold the stolen copper for cash, the police chief of Velmar said.
        Investigators in Velmar said the same gang had set fires at depots in at least four other towns.
        The fire crews reached the depot through a service gate on the north side.
        Mira Holt, who runs a bakery opposite the depot, saw two men leave in a van towards the bus station.
        "They came with their lights off and were gone before I opened," she told local radio.
        """));

    [Fact]
    public async Task A_sentence_saying_only_the_asked_noun_far_from_any_name_does_not_tell_which() =>
        Assert.Contains("does not cover", await _bot.AnswerAsync("which vouchers did the arsonist pay the driver in"));

    [Fact]
    public async Task A_count_before_the_asked_noun_does_not_tell_which_ones() =>
        Assert.Contains("does not cover", await _bot.AnswerAsync("which four other towns did the gang set fires in"));

    [Fact]
    public async Task A_word_before_the_noun_the_question_did_not_say_tells_which_one() =>
        Assert.Contains("service gate", await _bot.AnswerAsync("which gate did the fire crews use to reach the depot"));

    [Fact]
    public async Task What_noun_with_a_stranded_preposition_asks_which_one_like_which() =>
        Assert.Contains("does not cover", await _bot.AnswerAsync("what radio station did mira holt speak to"));

    [Fact]
    public async Task A_sentence_naming_no_airport_does_not_answer_which_airport() =>
        Assert.DoesNotContain("stayed shut", await _bot.AnswerAsync("which airport stayed shut"));

    [Fact]
    public async Task Who_was_arrested_is_not_answered_by_a_sentence_without_an_arrest() =>
        Assert.Contains("does not cover", await _bot.AnswerAsync("who was arrested over the burned signal cable"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
