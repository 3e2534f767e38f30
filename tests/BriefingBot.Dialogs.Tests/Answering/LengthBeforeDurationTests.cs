using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>"How long is the link" over an invented article: the link's length, not how long its repairs take.</summary>
public sealed class LengthBeforeDurationTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Power Cable to Islands Fails

        ARLEN — The Tarn Link, a power cable to the islands, failed on Sunday, and its operator warned that repairs to the Tarn Link would take at least six weeks.
        The 120-kilometre Tarn Link carries up to 300 megawatts of electricity.
        The cable lies at a depth of 60 metres.
        """));

    [Fact]
    public async Task A_length_of_the_thing_comes_before_a_duration() => Assert.StartsWith("120-kilometre", await _bot.AnswerAsync("how long is the tarn link"));

    [Fact]
    public async Task A_length_is_asked_also_with_a_clause_after_the_thing() => Assert.StartsWith("120-kilometre", await _bot.AnswerAsync("how long is the tarn link that carries the electricity"));

    [Fact]
    public async Task A_duration_still_answers_how_long_something_takes() => Assert.StartsWith("At least six weeks", await _bot.AnswerAsync("how long will the repairs take"));

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
