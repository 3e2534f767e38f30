using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "How fast was the ship going" asks a speed: a quantity with a speed unit ("seven knots") answers it, a length of time
/// ("about five hours after the alarm") never does (invented article).
/// </summary>
public sealed class SpeedQuestionTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Patrol Boat Stops Tanker Off Varnholm

        VARNHOLM — A patrol boat caught up with the tanker Marlin about five hours after the alarm, some 40 kilometres west of Varnholm.
        Officers boarded the Marlin and escorted her to port, the harbour office said.
        The trawler Sea Lark was doing about seven knots when she struck the harbour wall at Tarnby on Sunday.
        """));

    [Fact]
    public async Task A_length_of_time_does_not_answer_how_fast_a_ship_was_going()
    {
        Assert.DoesNotContain("hours", await _bot.AnswerAsync("how fast was the marlin going when the patrol boat caught up with it?"));
    }

    [Fact]
    public async Task A_quantity_in_knots_answers_how_fast_a_ship_was_going()
    {
        Assert.Contains("seven knots", await _bot.AnswerAsync("how fast was the sea lark going when it struck the harbour wall?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
