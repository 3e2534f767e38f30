using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// "What did the court decide": a sentence in which the asked verb is still to come ("will decide on Friday") tells no
/// decision; asked about the future, the same sentence answers (invented articles).
/// </summary>
public sealed class FutureDecisionAskedAsPastTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load(InventedStories.WarehousePills, InventedStories.BarracksRifles));

    [Fact]
    public async Task A_decision_still_to_come_is_not_what_was_decided()
    {
        Assert.Contains("does not cover", await _bot.AnswerAsync("what did the tarnby court decide about keeping all four in custody?"));
    }

    [Fact]
    public async Task A_ruling_still_to_come_does_not_answer_whether_it_ruled()
    {
        Assert.DoesNotMatch("^(Yes|No)\\b", await _bot.AnswerAsync("did the court decide to keep all four in custody?"));
    }

    [Fact]
    public async Task Asked_about_the_future_the_sentence_still_answers()
    {
        Assert.Contains("will decide", await _bot.AnswerAsync("what will the court decide?"));
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
