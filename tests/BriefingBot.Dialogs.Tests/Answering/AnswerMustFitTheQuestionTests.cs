using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// Near-miss questions over an invented article that a loose match would answer: the asked noun, verb, kind of place or
/// contrasting modifier is not what the sentence says, so the briefing does not cover them.
/// </summary>
public sealed class AnswerMustFitTheQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Drones Close Harbour at Velmar

        VELMAR — Drones forced the harbour at Velmar to close on Sunday, the port authority said.
        Since a similar closure near Ostrel in 2019, ports have been preparing for such incidents, she added.
        The night shift had only three pilots on duty for 40 ships.
        At Velmar, about 2,000 passengers were stranded when ferries were cancelled.
        The drones had been fitted with a thermal camera, police said.
        Dock Services, a Velmar-based company, checks cranes for port operators.
        She put the cost to the port and its carriers at about 4 million euros.
        """));

    [Fact]
    public async Task Which_country_is_not_answered_with_a_town() => Assert.Contains("not cover", await _bot.AnswerAsync("which country launched the drones at velmar"));

    [Fact]
    public async Task How_much_of_a_thing_is_not_answered_with_a_count_of_something_else() => Assert.Contains("not cover", await _bot.AnswerAsync("how much compensation will stranded velmar passengers get"));

    [Fact]
    public async Task The_day_shift_is_not_the_night_shift() => Assert.Contains("not cover", await _bot.AnswerAsync("how many pilots work the day shift at velmar"));

    [Fact]
    public async Task What_a_thing_did_needs_that_verb() => Assert.Contains("not cover", await _bot.AnswerAsync("what did the thermal camera on the drones record"));

    [Fact]
    public async Task Which_operator_had_hired_them_needs_the_hiring() => Assert.Contains("not cover", await _bot.AnswerAsync("which port operator had hired dock services"));

    [Fact]
    public async Task Which_carrier_is_not_answered_by_a_sentence_naming_none() => Assert.Contains("not cover", await _bot.AnswerAsync("which carrier was that"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
