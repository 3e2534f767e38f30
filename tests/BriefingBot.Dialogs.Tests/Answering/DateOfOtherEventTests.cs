using BriefingBot.Dialogs.Tests.Infrastructure;

namespace BriefingBot.Dialogs.Tests.Answering;

/// <summary>
/// A date set against the asked event ("… in May, weeks before striking") or the period an ordinal counts events in
/// ("the third this year") is no date of that event (invented articles).
/// </summary>
public sealed class DateOfOtherEventTests : IDisposable
{
    private readonly BotUnderTest _bot = new(InventedArticles.Load("""
        Raiders Empty Tarnby Bank Vault

        TARNBY — Raiders emptied the vault of a bank in Tarnby, police said.
        The raiders rented the shop next door in May and dug for weeks before striking.
        The raid is the third on a bank in the county this year.
        """));

    [Fact]
    public async Task A_date_before_the_asked_event_named_after_before_is_not_its_date()
    {
        var answer = await _bot.AnswerAsync("when did the raiders strike");

        Assert.DoesNotContain("May", answer);
    }

    [Fact]
    public async Task The_period_an_ordinal_counts_in_is_not_the_date_of_the_event()
    {
        var answer = await _bot.AnswerAsync("when did the bank raid happen");

        Assert.DoesNotContain("this year", answer);
    }

    [Fact]
    public async Task The_date_of_an_asked_event_said_before_it_still_answers()
    {
        var answer = await _bot.AnsweredAsync("when did the raiders rent the shop");

        Assert.Contains("may", answer);
    }

    /// <inheritdoc />
    public void Dispose() => _bot.Dispose();
}
